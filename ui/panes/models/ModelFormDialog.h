#pragma once

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QPointer>

class InstanceSession;
struct FieldProblem;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QToolButton;
class ModelTestView;

// GitLab's Add / Edit self-hosted model form: deployment name, platform, model family,
// endpoint (API platform only), model identifier and API key, checked by GitLab's rules before
// anything is recorded. Saving records a change in the workspace; it is pushed from Pending
// changes. Keys are never shown: a new one replaces the one set.
class ModelFormDialog : public QDialog
{
    Q_OBJECT

public:
    // `modelId` empty: a new model; `duplicate`: a new draft with `modelId`'s values.
    ModelFormDialog(InstanceSession *session, const QString &modelId, bool duplicate,
                    QWidget *parent = nullptr);

    void save();
    void testConnection();

private:
    QLabel *addField(QFormLayout *form, const QString &label, QWidget *field, const char *key,
                     const QString &help = {});
    void fill();
    void platformChanged();
    void showError(const FieldProblem &problem);
    void showPushErrors();
    void clearErrors();
    QString provider() const;
    QJsonObject values() const;
    QJsonObject allValues() const;

    QPointer<InstanceSession> m_session;
    QString m_modelId; // the model edited; empty for a new one
    QJsonObject m_original;
    QLineEdit *m_name;
    QComboBox *m_platform;
    QComboBox *m_family;
    QLineEdit *m_endpoint;
    QLineEdit *m_identifier;
    QLineEdit *m_apiKey;
    QToolButton *m_showKey;
    QLabel *m_endpointHint;
    QLabel *m_formError;
    QDialogButtonBox *m_buttons;
    ModelTestView *m_test;
    QHash<QString, QLabel *> m_errors;
    QHash<QString, QWidget *> m_rows;
    QFormLayout *m_form = nullptr;
    QLabel *m_bedrockNote = nullptr;
};
