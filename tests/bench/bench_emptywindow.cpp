// An empty Qt window: a main window with an empty table, as bench_models measures the console's
// start against it. Prints one line on standard error when the table is first painted.
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QTableView>
#include <cstdio>

namespace {
class FirstPaint : public QObject
{
protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            std::fprintf(stderr, "empty window painted\n");
            std::fflush(stderr);
            watched->removeEventFilter(this);
        }
        return false;
    }
};
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *table = new QTableView(&window);
    window.setCentralWidget(table);
    window.resize(1100, 720);
    FirstPaint firstPaint;
    table->viewport()->installEventFilter(&firstPaint);
    window.show();
    return app.exec();
}
