#include "ui/download_worker.h"

#include <QRegularExpression>
#include <QStringList>
#include <chrono>

#include "core/error.h"
#include "core/models/model_download.h"
#include "core/models/model_import.h"
#include "core/models/model_pairs.h"

namespace lingualens::ui {

QString download_failure_text(const QString& error) {
  // The downloader words network trouble per source ("host: no connection"); the user first
  // needs to know whether this computer is offline, and what to do instead.
  QStringList hosts;
  static const QRegularExpression offline(QStringLiteral("([A-Za-z0-9.-]+): no connection"));
  for (auto it = offline.globalMatch(error); it.hasNext();) {
    const QString host = it.next().captured(1);
    if (!hosts.contains(host)) hosts << host;
  }
  if (error.contains(QStringLiteral("not enough disk space"))) {
    return DownloadWorker::tr(
               "The models do not fit on this disk: %1\n\nFree some space, or choose a models "
               "folder on another disk (Settings), then press Download again.")
        .arg(error);
  }
  if (!hosts.isEmpty()) {
    return DownloadWorker::tr(
               "No connection to %1: this computer seems to be offline, or a firewall blocks "
               "it. Connect and press Download again (it continues where it stopped), or get the "
               "files elsewhere and choose them on disk (“Copy files I have…” or “Choose…”).")
        .arg(hosts.join(DownloadWorker::tr(" or ")));
  }
  return DownloadWorker::tr(
             "The download did not succeed: %1\n\nYou can try again (it continues where it "
             "stopped), or get the files elsewhere and choose them on disk.")
      .arg(error);
}

const ModelPair& DownloadWorker::pair() const {
  const ModelPair* p = pair_.empty() ? nullptr : find_model_pair(pair_);
  return p ? *p : default_model_pair();
}

void DownloadWorker::run(const QString& models_dir, const QString& mirror,
                         const QString& manifest_file) {
  cancel_ = false;
  try {
    const ModelManifest manifest =
        manifest_file.isEmpty()
            ? model_pair_manifest(pair(), {"main", mirror.toStdString()})
            : load_model_manifest(manifest_file.toStdString(), mirror.toStdString());
    QStringList paths;
    for (const auto& f : manifest.files) paths << QString::fromStdString(f.path);
    emit file_list(paths);
    auto last = std::chrono::steady_clock::now() - std::chrono::seconds(1);
    int current = -1;
    DownloadParams p{models_dir.toStdString(), manifest};
    p.on_size = [this](const DownloadSize& size) {
      QList<qint64> per_file;
      for (const auto& f : size.files) per_file << (f.present ? 0 : f.size);
      emit sizes(per_file, size.to_fetch, size.free_bytes);
    };
    const auto reports = download_models(
        p,
        [&](const DownloadProgress& d) {
          // At most ~10 updates a second reach the UI.
          const auto now = std::chrono::steady_clock::now();
          if (d.file_index == current && now - last < std::chrono::milliseconds(100) &&
              d.received != d.total)
            return;
          if (d.file_index != current && current >= 0) emit file_done(current, tr("done"));
          current = d.file_index;
          last = now;
          emit progress(d.file_index, d.received, d.total, d.bytes_per_second);
        },
        [this] { return cancel_.load(); });
    // A new-format M-CLIP folder names its base model only in its own config.json.
    if (manifest_file.isEmpty()) {
      DownloadParams base{
          p.models_dir, base_config_manifest(p.models_dir, pair(), {"main", mirror.toStdString()})};
      if (!base.manifest.files.empty())
        download_models(base, {}, [this] { return cancel_.load(); });
    }
    for (int i = 0; i < static_cast<int>(reports.size()); ++i) {
      const FileReport& r = reports[static_cast<size_t>(i)];
      emit file_done(
          i,
          r.status == FileStatus::kSkipped
              ? tr("already there")
              : tr("downloaded from %1, verified").arg(QString::fromStdString(url_host(r.source))));
    }
    emit finished(true, tr("The models are ready."));
  } catch (const Error& e) {
    if (e.kind() == ErrorKind::kCancelled) {
      emit finished(false, tr("Download stopped. It will continue where it stopped next time."));
    } else {
      emit finished(false, download_failure_text(QString::fromStdString(e.what())));
    }
  } catch (const std::exception& e) {
    emit finished(false, QString::fromStdString(e.what()));
  }
}

void DownloadWorker::import_files(const QString& models_dir, const QStringList& files) {
  try {
    const ModelManifest manifest = model_pair_manifest(pair());
    std::vector<std::filesystem::path> paths;
    for (const auto& f : files) paths.emplace_back(f.toStdString());
    QStringList lines;
    for (const auto& r : import_models(models_dir.toStdString(), manifest, paths)) {
      if (r.ignored) continue;
      const QString name = QString::fromStdString(r.from.filename().string());
      lines << (r.placed ? tr("%1: placed as %2 (%3)")
                               .arg(name, QString::fromStdString(r.path),
                                    QString::fromStdString(r.message))
                         : tr("%1: not used — %2").arg(name, QString::fromStdString(r.message)));
    }
    QStringList missing;
    for (const auto& r : verify_models(models_dir.toStdString(), manifest)) {
      if (r.status == FileStatus::kMissing || r.status == FileStatus::kMismatch)
        missing << QString::fromStdString(r.path);
    }
    emit imported(lines, missing.isEmpty(),
                  missing.isEmpty()
                      ? tr("All model files are in place.")
                      : tr("Still missing: %1").arg(missing.join(QStringLiteral(", "))));
  } catch (const std::exception& e) {
    emit imported({}, false, QString::fromStdString(e.what()));
  }
}

}  // namespace lingualens::ui
