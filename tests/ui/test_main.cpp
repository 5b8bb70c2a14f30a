// Runs the desktop app's QtTest suites in one process (one QApplication, offscreen). With a
// test function name as argument, each suite runs the functions it has of that name.
#include <QApplication>

#include "tests/ui/ui_suites.h"

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  int failed = 0;
  for (auto* run : {run_models, run_workers, run_window, run_translations})
    failed += run(argc, argv);
  return failed == 0 ? 0 : 1;
}
