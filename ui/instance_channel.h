// One window per library. A second `lingualens photo.jpg` — what a file manager's "Open with
// LinguaLens" runs while the app is open — hands its images and query to the window already
// open on that library and exits, instead of opening the library twice. Plain local socket
// (per user and library), JSON message, answered "ok".
#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace lingualens::ui {

struct OpenRequest {
  QStringList images;  // absolute paths: search by these
  QString search;      // a query to run
};

class InstanceChannel final : public QObject {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(InstanceChannel)

 public:
  // `library`: the library folder the window opens (its absolute path names the channel).
  explicit InstanceChannel(const QString& library, QObject* parent = nullptr);

  // True when a window on the same library took the request (the caller then exits).
  bool hand_over(const OpenRequest& request, int timeout_ms = 3000) const;
  // Takes requests from later launches; false when the channel could not be opened (then
  // later launches simply open their own window, as before).
  bool listen();
  QString name() const { return name_; }

 signals:
  void requested(const lingualens::ui::OpenRequest& request);

 private:
  QString name_;
  QLocalServer* server_ = nullptr;
};

}  // namespace lingualens::ui
