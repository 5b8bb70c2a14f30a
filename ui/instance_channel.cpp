#include "ui/instance_channel.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>

namespace lingualens::ui {
namespace {

// Requests are a few paths; anything larger is not one of ours.
constexpr qint64 kMaxRequestBytes = 1 << 20;

QByteArray encode(const OpenRequest& r) {
  QJsonObject o;
  o["images"] = QJsonArray::fromStringList(r.images);
  o["search"] = r.search;
  return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

bool decode(const QByteArray& bytes, OpenRequest& r) {
  const QJsonDocument doc = QJsonDocument::fromJson(bytes.trimmed());
  if (!doc.isObject()) return false;
  for (const auto& v : doc.object()["images"].toArray()) r.images << v.toString();
  r.search = doc.object()["search"].toString();
  return true;
}

}  // namespace

InstanceChannel::InstanceChannel(const QString& library, QObject* parent) : QObject(parent) {
  // Per user (the socket lives in the user's runtime folder) and per library.
  const QByteArray key = QDir::cleanPath(QDir(library).absolutePath()).toUtf8();
  name_ = QStringLiteral("lingualens-") +
          QString::fromLatin1(
              QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
}

bool InstanceChannel::hand_over(const OpenRequest& request, int timeout_ms) const {
  QLocalSocket socket;
  socket.connectToServer(name_);
  if (!socket.waitForConnected(timeout_ms)) return false;
  socket.write(encode(request));
  if (!socket.waitForBytesWritten(timeout_ms)) return false;
  // The window answers once it has the request; no answer: it is stuck or gone.
  while (!socket.canReadLine())
    if (!socket.waitForReadyRead(timeout_ms)) return false;
  return socket.readLine().trimmed() == "ok";
}

bool InstanceChannel::listen() {
  server_ = new QLocalServer(this);
  server_->setSocketOptions(QLocalServer::UserAccessOption);
  if (!server_->listen(name_)) {
    // A socket file left by a crashed window: nobody answers on it, so it can go.
    QLocalSocket probe;
    probe.connectToServer(name_);
    if (probe.waitForConnected(500)) return false;  // another window listens
    QLocalServer::removeServer(name_);
    if (!server_->listen(name_)) return false;
  }
  connect(server_, &QLocalServer::newConnection, this, [this] {
    while (QLocalSocket* socket = server_->nextPendingConnection()) {
      connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
      connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
        if (socket->bytesAvailable() > kMaxRequestBytes) {
          socket->abort();
          return;
        }
        if (!socket->canReadLine()) return;  // the rest is on its way
        OpenRequest request;
        const bool ok = decode(socket->readLine(), request);
        socket->write(ok ? "ok\n" : "bad request\n");
        socket->flush();
        if (ok) emit requested(request);
      });
    }
  });
  return true;
}

}  // namespace lingualens::ui
