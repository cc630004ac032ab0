#include "ModelTestView.h"

#include "WidgetHelpers.h"
#include "base/SafeText.h"
#include "model/ModelTest.h"

#include <QLabel>
#include <QVBoxLayout>

namespace {

void paint(QLabel *label, bool ran, bool ok)
{
    label->setStyleSheet(!ran ? QString()
                         : ok ? QStringLiteral("color: #1e7e34")
                              : QStringLiteral("color: #c0392b"));
}

} // namespace

ModelTestView::ModelTestView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("modelTestView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_gitlab = WidgetHelpers::textLabel({}, QStringLiteral("testFromGitLab"), this);
    m_local = WidgetHelpers::textLabel({}, QStringLiteral("testFromHere"), this);
    for (QLabel *label : {m_gitlab, m_local}) {
        label->setTextFormat(Qt::PlainText);
        layout->addWidget(label);
    }
    hide();
}

void ModelTestView::showRunning()
{
    show();
    m_gitlab->setText(tr("From GitLab: testing…"));
    m_local->setText(tr("From this computer: testing…"));
    paint(m_gitlab, false, false);
    paint(m_local, false, false);
}

void ModelTestView::showResult(const ModelTestResult &r)
{
    show();
    const auto verdict = &ModelTestResult::verdict;
    m_gitlab->setText(
        tr("From GitLab (GitLab → AI gateway → model): %1\n%2")
            .arg(verdict(r.gitlab.ran, r.gitlab.ok), SafeText::forDisplay(r.gitlab.message)));
    QString local =
        tr("From this computer: %1\n%2").arg(verdict(r.local.ran, r.local.ok), r.local.message);
    if (r.local.ran && r.local.totalMs >= 0)
        local += QLatin1Char('\n') + SafeText::forDisplay(r.local.url) + QLatin1String(": ") +
                 r.timings();
    m_local->setText(local);
    paint(m_gitlab, r.gitlab.ran, r.gitlab.ok);
    paint(m_local, r.local.ran, r.local.ok);
}
