// Work that must not block the UI thread (a measurement, a network question), run on a
// short-lived thread; its result comes back to the UI thread unless the widget that asked is
// gone or the work was cancelled meanwhile (another pair chosen, the dialog closed).
#pragma once

#include <QCoreApplication>
#include <QPointer>
#include <QThread>
#include <atomic>
#include <functional>
#include <memory>
#include <utility>

namespace lingualens::ui {

using CancelFlag = std::shared_ptr<std::atomic<bool>>;

// `work` runs on its own thread and must not throw; `done(result)` runs on the UI thread.
template <typename Owner, typename Result>
void run_in_background(Owner* owner, CancelFlag cancel, std::function<Result()> work,
                       std::function<void(Owner*, Result)> done) {
  QPointer<Owner> self(owner);
  QThread* worker = QThread::create([self, cancel, work = std::move(work), done = std::move(done)] {
    Result result = work();
    if (cancel->load()) return;
    QMetaObject::invokeMethod(
        qApp,
        [self, cancel, done, result] {
          if (self && !cancel->load()) done(self.data(), result);
        },
        Qt::QueuedConnection);
  });
  QObject::connect(worker, &QThread::finished, worker, &QObject::deleteLater);
  worker->start(QThread::LowPriority);
}

}  // namespace lingualens::ui
