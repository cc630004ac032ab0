#pragma once

#include <QIODevice>

// A request body that can be read once and never rewound. Qt sends a request again, on its
// own, when a kept-alive connection closes before the answer begins; for a write that may
// already have been applied that would apply it twice. With this body Qt cannot: it reports
// the request as failed, and the push reconciles it against the server instead.
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};
