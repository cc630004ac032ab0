#pragma once

#include <QWidget>

class QLabel;
struct ModelTestResult;

// The two sides of "Test connection", each labelled: GitLab's own check, and the probe from
// this computer with its timings and the model ids the server lists.
class ModelTestView : public QWidget
{
    Q_OBJECT

public:
    explicit ModelTestView(QWidget *parent = nullptr);

    void showRunning();
    void showResult(const ModelTestResult &result);

private:
    QLabel *m_gitlab;
    QLabel *m_local;
};
