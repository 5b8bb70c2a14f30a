// The desktop app's QtTest suites, run one after the other by tests/ui/test_main.cpp.
#pragma once

int run_models(int argc, char** argv);
int run_workers(int argc, char** argv);
int run_window(int argc, char** argv);
int run_translations(int argc, char** argv);
