#include "ui/download_worker.h"

#include <QStringList>
#include <chrono>

#include "core/error.h"
#include "core/models/model_download.h"

namespace lingualens::ui {

void DownloadWorker::run(const QString& models_dir, const QString& mirror,
                         const QString& manifest_file) {
  cancel_ = false;
  try {
    const ModelManifest manifest =
        manifest_file.isEmpty()
            ? default_model_manifest({"main", mirror.toStdString()})
            : load_model_manifest(manifest_file.toStdString(), mirror.toStdString());
    QStringList paths;
    for (const auto& f : manifest.files) paths << QString::fromStdString(f.path);
    emit file_list(paths);
    auto last = std::chrono::steady_clock::now() - std::chrono::seconds(1);
    int current = -1;
    DownloadParams p{models_dir.toStdString(), manifest};
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
    for (int i = 0; i < static_cast<int>(reports.size()); ++i) {
      emit file_done(i, reports[static_cast<size_t>(i)].status == FileStatus::kSkipped
                            ? tr("already there")
                            : tr("downloaded, verified"));
    }
    emit finished(true, tr("The models are ready."));
  } catch (const Error& e) {
    emit finished(false, e.kind() == ErrorKind::kCancelled
                             ? tr("Download stopped. It will continue where it stopped next time.")
                             : QString::fromStdString(e.what()));
  } catch (const std::exception& e) {
    emit finished(false, QString::fromStdString(e.what()));
  }
}

}  // namespace lingualens::ui
