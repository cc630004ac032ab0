#pragma once

#include <QDialog>
#include <QPointer>

class InstanceSession;
class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class SetupCheck;

// The setup check as a checklist: every item with pass / warning / fail, its time and the fix,
// filled in as the checks answer; cancel; the report copied as Markdown or JSON, redacted.
class SetupCheckDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SetupCheckDialog(InstanceSession *session, QWidget *parent = nullptr);

    void run();

private:
    void showItem(int index);
    void finished();

    QPointer<InstanceSession> m_session;
    SetupCheck *m_check = nullptr;
    QTreeWidget *m_items;
    QLabel *m_progress;
    QCheckBox *m_allModels;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QPushButton *m_copyMarkdown;
    QPushButton *m_copyJson;
};
