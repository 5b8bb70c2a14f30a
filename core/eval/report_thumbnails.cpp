#include "core/eval/report_thumbnails.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <atomic>
#include <thread>

#include "core/error.h"
#include "core/image/clip_preprocess.h"
#include "core/image/decode.h"

namespace lingualens {
namespace {

ReportThumbnail make_thumbnail(const std::filesystem::path& file, int max_side) {
  ReportThumbnail t;
  try {
    DecodeOptions options;
    options.jpeg_reduce_to = 2 * max_side;  // DCT-domain scaling: a thumbnail needs no more
    const Image8 rgb = to_rgb(decode_image_file(file, options).image);
    const cv::Mat full(rgb.height, rgb.width, CV_8UC3, const_cast<uint8_t*>(rgb.pixels.data()),
                       rgb.row_bytes());
    const double scale =
        std::min(1.0, static_cast<double>(max_side) / std::max(rgb.width, rgb.height));
    cv::Mat small;
    cv::resize(full, small,
               cv::Size(std::max(1, static_cast<int>(std::lround(rgb.width * scale))),
                        std::max(1, static_cast<int>(std::lround(rgb.height * scale)))),
               0, 0, cv::INTER_AREA);
    t.width = small.cols;
    t.height = small.rows;
    t.rgb.assign(small.data, small.data + small.total() * 3);
    cv::Mat bgr;
    cv::cvtColor(small, bgr, cv::COLOR_RGB2BGR);
    std::vector<uint8_t> jpeg;
    cv::imencode(".jpg", bgr, jpeg, {cv::IMWRITE_JPEG_QUALITY, 85});
    t.jpeg.assign(jpeg.begin(), jpeg.end());
  } catch (const std::exception& e) {
    t = ReportThumbnail{};
    t.error = e.what();
  }
  return t;
}

}  // namespace

std::vector<ReportThumbnail> report_thumbnails(const EvalSet& set, int max_side) {
  std::vector<ReportThumbnail> out(set.items.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < out.size(); i = next++)
      out[i] = make_thumbnail(set.items[i].image, max_side);
  };
  const size_t threads =
      std::min<size_t>(out.size(), std::max(1u, std::thread::hardware_concurrency()));
  std::vector<std::thread> pool;
  for (size_t k = 1; k < threads; ++k) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  return out;
}

}  // namespace lingualens
