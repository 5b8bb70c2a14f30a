// The model downloader against a loopback HTTP server serving the fixture model files:
// complete downloads, resume after an interrupted transfer, servers without Range support,
// checksum mismatches (pinned and server-advertised), cancellation, and `verify`.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/error.h"
#include "core/models/model_download.h"
#include "core/models/model_import.h"
#include "tests/support/loopback_http_server.h"
#include "tests/test_util.h"

namespace lingualens {
namespace {

using test::LoopbackHttpServer;
using test::ServedFile;
namespace fs = std::filesystem;

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Serves the tiny fixture models in the layout of the real models folder.
struct Fixture {
  LoopbackHttpServer server;
  ModelManifest manifest;
  std::map<std::string, std::string> contents;

  Fixture() {
    add("RN50x4.pt", test::data("clip-rn-tiny/RN-tiny.pt"));
    add("M-BERT-Base-69/config.json", test::data("mbert-tiny/config.json"));
    add("M-BERT-Base-69/M-BERT-Base-69 Linear Weights.pkl",
        test::data("mbert-tiny/M-BERT-Base-69 Linear Weights.pkl"));
  }
  void add(const std::string& path, const fs::path& source, ServedFile served = {}) {
    contents[path] = slurp(source);
    served.body = contents[path];
    std::string url_path = "/m/" + path;
    for (size_t i; (i = url_path.find(' ')) != std::string::npos;) url_path.replace(i, 1, "%20");
    server.serve(url_path, served);
    manifest.files.push_back({path, {{server.url(url_path), sha256_file(source), false, "", ""}}});
  }
};

TEST(ModelDownload, Sha256MatchesTheStandardTestVector) {
  // FIPS 180-2, appendix B.1: SHA-256("abc").
  EXPECT_EQ(sha256_file(test::write_temp("abc.txt", "abc")),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(ModelDownload, DownloadsVerifiesAndSkipsWhatIsThere) {
  Fixture fx;
  const fs::path dir = test::scratch();
  std::vector<DownloadProgress> seen;
  const auto reports =
      download_models({dir, fx.manifest}, [&](const DownloadProgress& p) { seen.push_back(p); });
  ASSERT_EQ(reports.size(), 3u);
  for (const auto& r : reports) {
    EXPECT_EQ(r.status, FileStatus::kDownloaded) << r.path;
    EXPECT_EQ(slurp(dir / r.path), fx.contents[r.path]) << r.path;
    EXPECT_FALSE(fs::exists(dir / (r.path + ".part")));
  }
  ASSERT_FALSE(seen.empty());
  EXPECT_EQ(seen.back().file_count, 3);
  EXPECT_EQ(seen.back().received, seen.back().total);

  const size_t requests_before = fx.server.requests().size();
  for (const auto& r : download_models({dir, fx.manifest}))
    EXPECT_EQ(r.status, FileStatus::kSkipped) << r.path;
  EXPECT_EQ(fx.server.requests().size(), requests_before);  // nothing fetched again

  for (const auto& r : verify_models(dir, fx.manifest))
    EXPECT_EQ(r.status, FileStatus::kOk) << r.path;
}

TEST(ModelDownload, ResumesAnInterruptedTransfer) {
  Fixture fx;
  fx.manifest.files.clear();
  ServedFile flaky;
  flaky.cut_first_requests = 1;
  fx.add("M-BERT-Base-69/pytorch_model.bin", test::data("mbert-tiny/pytorch_model.bin"), flaky);
  const fs::path dir = test::scratch();
  const auto reports = download_models({dir, fx.manifest});
  ASSERT_EQ(reports.size(), 1u);
  EXPECT_EQ(reports[0].status, FileStatus::kDownloaded);
  EXPECT_EQ(slurp(dir / "M-BERT-Base-69/pytorch_model.bin"),
            fx.contents["M-BERT-Base-69/pytorch_model.bin"]);
  std::vector<test::RecordedRequest> reqs;  // the transfers (the size probe asked first)
  for (const auto& r : fx.server.requests())
    if (!r.probe()) reqs.push_back(r);
  ASSERT_EQ(reqs.size(), 2u);
  EXPECT_EQ(reqs[0].range_start, -1);
  const int64_t half =
      static_cast<int64_t>(fx.contents["M-BERT-Base-69/pytorch_model.bin"].size() / 2);
  EXPECT_EQ(reqs[1].range_start, half);  // the second request continued where the first stopped
}

TEST(ModelDownload, StartsOverWhenTheServerCannotResume) {
  Fixture fx;
  fx.manifest.files.clear();
  ServedFile no_ranges;
  no_ranges.cut_first_requests = 1;
  no_ranges.ranges = false;
  fx.add("RN50x4.pt", test::data("clip-rn-tiny/RN-tiny.pt"), no_ranges);
  const fs::path dir = test::scratch();
  EXPECT_EQ(download_models({dir, fx.manifest})[0].status, FileStatus::kDownloaded);
  EXPECT_EQ(slurp(dir / "RN50x4.pt"), fx.contents["RN50x4.pt"]);
}

TEST(ModelDownload, ChecksumMismatchDeletesTheDownloadAndSaysWhy) {
  Fixture fx;
  fx.manifest.files.resize(1);
  fx.manifest.files[0].sources[0].sha256 = std::string(64, '0');
  const fs::path dir = test::scratch();
  try {
    download_models({dir, fx.manifest});
    FAIL() << "expected a checksum error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kIo);
    const std::string what = e.what();
    EXPECT_NE(what.find("every source for RN50x4.pt failed"), std::string::npos) << what;
    EXPECT_NE(what.find("checksum mismatch"), std::string::npos) << what;
    EXPECT_NE(what.find("expected 000000000000"), std::string::npos) << what;
  }
  EXPECT_FALSE(fs::exists(dir / "RN50x4.pt"));
  EXPECT_FALSE(fs::exists(dir / "RN50x4.pt.part"));
}

TEST(ModelDownload, ChecksServerAdvertisedLfsChecksum) {
  Fixture fx;
  fx.manifest.files.clear();
  ServedFile lying;
  lying.linked_etag = std::string(64, 'a');
  fx.add("M-BERT-Base-69/config.json", test::data("mbert-tiny/config.json"), lying);
  fx.manifest.files[0].sources[0].sha256.clear();
  fx.manifest.files[0].sources[0].hub_checksum = true;
  const fs::path dir = test::scratch();
  EXPECT_THROW(download_models({dir, fx.manifest}), Error);
  EXPECT_FALSE(fs::exists(dir / "M-BERT-Base-69/config.json"));

  ServedFile honest;
  honest.linked_etag = sha256_file(test::data("mbert-tiny/config.json"));
  fx.manifest.files.clear();
  fx.add("M-BERT-Base-69/config.json", test::data("mbert-tiny/config.json"), honest);
  fx.manifest.files[0].sources[0].sha256.clear();
  fx.manifest.files[0].sources[0].hub_checksum = true;
  EXPECT_EQ(download_models({dir, fx.manifest})[0].status, FileStatus::kDownloaded);
  // The checksum seen at download is recorded, so `verify` can check the file later.
  EXPECT_EQ(verify_models(dir, fx.manifest)[0].status, FileStatus::kOk);
}

TEST(ModelDownload, MissingFileOnTheServerNamesTheHostAndTheReason) {
  Fixture fx;
  fx.manifest.files.resize(1);
  fx.manifest.files[0].sources[0].url = fx.server.url("/nowhere/RN50x4.pt");
  try {
    download_models({test::scratch(), fx.manifest});
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kIo);
    const std::string what = e.what();
    EXPECT_NE(what.find(url_host(fx.server.url()) + ": 404 Not Found"), std::string::npos) << what;
  }
}

// One file with several sources on the loopback server; each ServedFile misbehaves its way.
struct Sources {
  LoopbackHttpServer server;
  ModelManifest manifest;
  std::string body = slurp(test::data("clip-rn-tiny/RN-tiny.pt"));
  explicit Sources(const std::vector<std::pair<std::string, ServedFile>>& served,
                   std::string pinned = sha256_file(test::data("clip-rn-tiny/RN-tiny.pt"))) {
    ModelFile f{"RN50x4.pt", {}};
    for (const auto& [path, file] : served) {
      if (!file.body.empty() || path != "/missing") server.serve(path, file);
      f.sources.push_back({server.url(path), pinned, false, "", path});
    }
    manifest.files.push_back(f);
  }
};

ServedFile serving(std::string body) {
  ServedFile f;
  f.body = std::move(body);
  return f;
}

TEST(ModelSources, FirstSource404SecondServes) {
  Sources s({{"/missing", {}},
             {"/second/RN50x4.pt", serving(slurp(test::data("clip-rn-tiny/RN-tiny.pt")))}});
  const fs::path dir = test::scratch();
  const auto reports = download_models({dir, s.manifest});
  ASSERT_EQ(reports.size(), 1u);
  EXPECT_EQ(reports[0].status, FileStatus::kDownloaded);
  EXPECT_EQ(reports[0].source, s.server.url("/second/RN50x4.pt"));
  EXPECT_EQ(slurp(dir / "RN50x4.pt"), s.body);
}

TEST(ModelSources, WebPageInsteadOfTheFileIsRefusedNextSourceUsed) {
  ServedFile page = serving(
      "<!DOCTYPE html><html><head><title>Dropbox - M-BERT-Base-69 Linear "
      "Weights.pkl</title></head><body>Download</body></html>");
  Sources s({{"/s/page", page}, {"/s/file", serving(slurp(test::data("clip-rn-tiny/RN-tiny.pt")))}},
            "");  // nothing pinned: only the page test can refuse it
  const fs::path dir = test::scratch();
  const auto reports = download_models({dir, s.manifest});
  EXPECT_EQ(reports[0].source, s.server.url("/s/file"));
  EXPECT_EQ(slurp(dir / "RN50x4.pt"), s.body);
}

TEST(ModelSources, ChecksumMismatchOnTheFirstSourceMovesOn) {
  Sources s({{"/tampered", serving("not the weights at all")},
             {"/good", serving(slurp(test::data("clip-rn-tiny/RN-tiny.pt")))}});
  const fs::path dir = test::scratch();
  const auto reports = download_models({dir, s.manifest});
  EXPECT_EQ(reports[0].source, s.server.url("/good"));
  EXPECT_EQ(slurp(dir / "RN50x4.pt"), s.body);
  EXPECT_FALSE(fs::exists(dir / "RN50x4.pt.part"));
}

TEST(ModelSources, WhenAllFailTheMessageListsEachReason) {
  ServedFile page = serving("<html><body>Sign in</body></html>");
  Sources s({{"/missing", {}}, {"/page", page}, {"/tampered", serving("xxxx")}});
  s.manifest.files[0].sources.push_back({"http://127.0.0.1:1/closed", "", false, "", ""});
  const fs::path dir = test::scratch();
  try {
    download_models({dir, s.manifest});
    FAIL() << "downloaded from nowhere";
  } catch (const Error& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("every source for RN50x4.pt failed"), std::string::npos) << what;
    EXPECT_NE(what.find("404 Not Found"), std::string::npos) << what;
    EXPECT_NE(what.find("served a web page instead of the file"), std::string::npos) << what;
    EXPECT_NE(what.find("checksum mismatch"), std::string::npos) << what;
    EXPECT_NE(what.find("127.0.0.1:1: no connection"), std::string::npos) << what;
  }
  EXPECT_FALSE(fs::exists(dir / "RN50x4.pt"));
}

TEST(ModelSources, AnotherFormatFromTheHubIsKeptUnderItsOwnPath) {
  ModelManifest m = default_model_manifest();
  ASSERT_EQ(m.files[0].sources.size(), 2u);
  EXPECT_NE(m.files[0].sources[0].url.find("openaipublic"), std::string::npos);
  EXPECT_EQ(m.files[0].sources[1].url,
            "https://huggingface.co/timm/resnet50x4_clip.openai/resolve/main/"
            "open_clip_model.safetensors");
  EXPECT_TRUE(m.files[0].sources[1].hub_checksum);
  EXPECT_EQ(m.files[0].path_of(m.files[0].sources[1]),
            "RN50x4-openclip/open_clip_model.safetensors");
  const auto& head = m.files.back();
  ASSERT_EQ(head.sources.size(), 2u);
  EXPECT_NE(head.sources[0].url.find("/s/y4pycinv0eapeb3/"), std::string::npos);  // official
  EXPECT_NE(head.sources[0].url.find("?dl=1"), std::string::npos);
  EXPECT_NE(head.sources[1].url.find("/s/axe2pm8hte06gk3/"), std::string::npos);
  // The app and the CLI find whichever image model file is there.
  const fs::path dir = test::scratch();
  EXPECT_EQ(default_image_model_file(dir), dir / "RN50x4.pt");
  fs::create_directories(dir / "RN50x4-openclip");
  std::ofstream(dir / "RN50x4-openclip/open_clip_model.safetensors") << "x";
  EXPECT_EQ(default_image_model_file(dir), dir / "RN50x4-openclip/open_clip_model.safetensors");
}

TEST(ModelDownload, CancelKeepsThePartialFileForLater) {
  Fixture fx;
  const fs::path dir = test::scratch();
  int calls = 0;
  EXPECT_THROW(download_models({dir, fx.manifest}, {}, [&] { return ++calls > 1; }), Error);
  EXPECT_FALSE(fs::exists(dir / "RN50x4.pt"));
  // A later run completes.
  EXPECT_EQ(download_models({dir, fx.manifest})[0].status, FileStatus::kDownloaded);
}

TEST(ModelDownload, VerifyFindsDamagedAndMissingFiles) {
  Fixture fx;
  const fs::path dir = test::scratch();
  download_models({dir, fx.manifest});
  {
    std::fstream f(dir / "RN50x4.pt", std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(1000);
    f.put('\x5a');
  }
  fs::remove(dir / "M-BERT-Base-69/config.json");
  const auto reports = verify_models(dir, fx.manifest);
  EXPECT_EQ(reports[0].status, FileStatus::kMismatch);
  EXPECT_NE(reports[0].message.find("RN50x4.pt"), std::string::npos);
  EXPECT_EQ(reports[1].status, FileStatus::kMissing);
  EXPECT_EQ(reports[2].status, FileStatus::kOk);
  // Downloading again replaces the damaged file and fetches the missing one.
  for (const auto& r : download_models({dir, fx.manifest}))
    EXPECT_NE(r.status, FileStatus::kMismatch);
  for (const auto& r : verify_models(dir, fx.manifest))
    EXPECT_EQ(r.status, FileStatus::kOk) << r.path;
}

TEST(ModelDownload, MalformedContentRangeIsIgnoredNotFatal) {
  // A Content-Range that is not numbers once ended in "unexpected failure: stoll", thrown
  // through libcurl's C callback.
  for (const char* bad : {"bytes 0-9/abc", "bytes */", "bytes 0-1/99999999999999999999999", "x"}) {
    Fixture fx;
    ServedFile served;
    served.content_range = bad;
    fx.manifest.files.clear();
    fx.contents.clear();
    fx.add("RN50x4.pt", test::data("clip-rn-tiny/RN-tiny.pt"), served);
    DownloadParams p;
    p.models_dir = test::scratch();
    p.manifest = fx.manifest;
    std::vector<FileReport> reports;
    ASSERT_NO_THROW(reports = download_models(p)) << bad;
    EXPECT_EQ(slurp(p.models_dir / "RN50x4.pt"), fx.contents["RN50x4.pt"]) << bad;
  }
}

TEST(ModelDownload, ServerThatAlwaysAnswers416SaysSo) {
  Fixture fx;
  ServedFile served;
  served.always_416 = true;
  fx.manifest.files.clear();
  fx.add("RN50x4.pt", test::data("clip-rn-tiny/RN-tiny.pt"), served);
  DownloadParams p;
  p.models_dir = test::scratch();
  p.manifest = fx.manifest;
  try {
    download_models(p);
    FAIL() << "downloaded from a server that refuses everything";
  } catch (const Error& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("416"), std::string::npos) << what;
    EXPECT_NE(what.find(url_host(fx.manifest.files[0].sources[0].url)), std::string::npos) << what;
  }
}

// The sizes as the server states them, asked without downloading: present files count as
// present, an interrupted download's bytes are not fetched again, a source that does not
// answer leaves the size unknown.
TEST(ModelDownload, SizesAreAskedWithoutDownloading) {
  Fixture fx;
  ServedFile no_ranges;  // answers 200 with everything: the probe stops after the headers
  no_ranges.ranges = false;
  fx.add("M-BERT-Base-69/vocab.txt", test::data("mbert-tiny/vocab.txt"), no_ranges);
  fx.manifest.files.push_back(
      {"M-BERT-Base-69/gone.bin", {{fx.server.url("/m/gone"), "", false, "", ""}}});
  const fs::path dir = test::scratch();
  DownloadParams p;
  p.models_dir = dir;
  p.manifest = fx.manifest;
  DownloadSize s = measure_download_size(p);
  ASSERT_EQ(s.files.size(), 5u);
  int64_t sum = 0;
  for (size_t i = 0; i < 4; ++i) {
    EXPECT_EQ(s.files[i].size, static_cast<int64_t>(fx.contents[s.files[i].path].size()))
        << s.files[i].path;
    EXPECT_FALSE(s.files[i].present);
    sum += s.files[i].size;
  }
  EXPECT_EQ(s.files[4].size, -1);  // 404: nobody says
  EXPECT_EQ(s.unknown, 1);
  EXPECT_EQ(s.total, sum);
  EXPECT_EQ(s.to_fetch, sum);
  EXPECT_GT(s.free_bytes, 0);  // the nearest existing folder's disk
  EXPECT_TRUE(s.fits());
  EXPECT_TRUE(fs::is_empty(dir));  // nothing written
  for (const auto& r : fx.server.requests()) EXPECT_TRUE(r.probe()) << r.path;

  // One file here, half of another from an interrupted download.
  fs::create_directories(dir / "M-BERT-Base-69");
  fs::copy_file(test::data("clip-rn-tiny/RN-tiny.pt"), dir / "RN50x4.pt");
  const std::string& config = fx.contents["M-BERT-Base-69/config.json"];
  std::ofstream(dir / "M-BERT-Base-69/config.json.part", std::ios::binary)
      << config.substr(0, config.size() / 2);
  s = measure_download_size(p);
  EXPECT_TRUE(s.files[0].present);
  EXPECT_EQ(s.files[1].partial, static_cast<int64_t>(config.size() / 2));
  EXPECT_EQ(s.to_fetch, sum - s.files[0].size - s.files[1].partial);
  EXPECT_EQ(s.total, sum);
}

// A host that cannot be reached gives way to the file's next source (and is not asked again).
TEST(ModelDownload, SizesComeFromTheNextSourceWhenAHostIsUnreachable) {
  Fixture fx;
  int closed_port = 0;
  {
    LoopbackHttpServer gone;  // a port that was just open, now closed
    closed_port = std::stoi(gone.url().substr(gone.url().rfind(':') + 1));
  }
  const std::string dead = "http://127.0.0.1:" + std::to_string(closed_port) + "/m/";
  for (auto& f : fx.manifest.files)
    f.sources.insert(f.sources.begin(), {dead + f.path, "", false, "", ""});
  DownloadParams p;
  p.models_dir = test::scratch();
  p.manifest = fx.manifest;
  const DownloadSize s = measure_download_size(p);
  EXPECT_EQ(s.unknown, 0);
  for (const auto& f : s.files)
    EXPECT_EQ(f.size, static_cast<int64_t>(fx.contents[f.path].size())) << f.path;
}

// A download that cannot fit is refused before its first byte, naming the folder and both
// sizes (the server claims 900 PB: no disk has that free).
TEST(ModelDownload, RefusesADownloadTheDiskHasNoRoomFor) {
  Fixture fx;
  fx.manifest.files.clear();
  ServedFile huge;
  huge.content_range = "bytes 0-0/900000000000000000";
  fx.add("ViT-L-14.pt", test::data("clip-rn-tiny/RN-tiny.pt"), huge);
  DownloadParams p;
  p.models_dir = test::scratch() / "models";
  p.manifest = fx.manifest;
  bool told = false;
  p.on_size = [&](const DownloadSize& s) {
    told = true;
    EXPECT_EQ(s.to_fetch, 900000000000000000);
    EXPECT_FALSE(s.fits());
  };
  try {
    download_models(p);
    FAIL() << "a download larger than the disk was started";
  } catch (const Error& e) {
    const std::string what = e.what();
    EXPECT_EQ(e.kind(), ErrorKind::kIo);
    EXPECT_NE(what.find("not enough disk space"), std::string::npos) << what;
    EXPECT_NE(what.find("900000.0 TB"), std::string::npos) << what;
    EXPECT_NE(what.find(p.models_dir.string()), std::string::npos) << what;
  }
  EXPECT_TRUE(told);
  for (const auto& r : fx.server.requests()) EXPECT_TRUE(r.probe()) << "fetched " << r.path;
  EXPECT_FALSE(fs::exists(p.models_dir / "ViT-L-14.pt.part"));
  // Without the check (a caller that knows better), the transfer starts.
  p.check_space = false;
  EXPECT_NO_THROW(download_models(p));
}

TEST(ModelImport, RightFilesArePlacedWrongOnesRefused) {
  // The default layout, with the tiny image model standing in for OpenAI's (its checksum
  // pinned as OpenAI's is) and the Hub's OpenCLIP copy as the second source.
  ModelManifest m = default_model_manifest();
  m.files[0].sources[0].sha256 = sha256_file(test::data("clip-rn-tiny/RN-tiny.pt"));
  const fs::path root = test::scratch();
  const fs::path stick = root / "usb";
  fs::create_directories(stick / "M-BERT-Base-69");
  fs::copy_file(test::data("clip-rn-tiny/RN-tiny.pt"), stick / "clip-model-any-name.pt");
  fs::copy_file(test::data("clip-rn-tiny/RN-tiny-allhalf.pt"), stick / "RN50x4.pt");  // not it
  for (const char* f : {"config.json", "vocab.txt", "pytorch_model.bin"})
    fs::copy_file(test::data(std::string("mbert-tiny/") + f), stick / "M-BERT-Base-69" / f);
  std::ofstream(stick / "M-BERT-Base-69/README.md") << "# model card";
  std::ofstream(stick / "tokenizer_config.json") << "this is not JSON";
  const fs::path models = root / "models";
  const auto reports = import_models(models, m,
                                     {stick / "clip-model-any-name.pt", stick / "RN50x4.pt",
                                      stick / "M-BERT-Base-69", stick / "tokenizer_config.json"});
  std::map<std::string, ImportReport> by_name;
  for (const auto& r : reports) by_name[r.from.filename().string()] = r;
  // Recognised by OpenAI's checksum whatever its name, placed where the app looks.
  EXPECT_TRUE(by_name["clip-model-any-name.pt"].placed);
  EXPECT_TRUE(by_name["clip-model-any-name.pt"].verified);
  EXPECT_TRUE(slurp(models / "RN50x4.pt") == slurp(test::data("clip-rn-tiny/RN-tiny.pt")));
  // Named like the published file but not it: refused, saying why; nothing overwritten.
  EXPECT_FALSE(by_name["RN50x4.pt"].placed);
  EXPECT_NE(by_name["RN50x4.pt"].message.find("is not the published"), std::string::npos);
  // The text model's files, by name (no published checksum) and format.
  for (const char* f : {"config.json", "vocab.txt", "pytorch_model.bin"}) {
    EXPECT_TRUE(by_name[f].placed) << f << ": " << by_name[f].message;
    EXPECT_TRUE(fs::exists(models / "M-BERT-Base-69" / f)) << f;
  }
  EXPECT_TRUE(by_name["README.md"].ignored);  // inside a folder: skipped quietly
  EXPECT_FALSE(by_name["tokenizer_config.json"].placed);
  EXPECT_NE(by_name["tokenizer_config.json"].message.find("unreadable"), std::string::npos);
  // The source files stay where they were; `verify` knows the imported checksums.
  EXPECT_TRUE(fs::exists(stick / "clip-model-any-name.pt"));
  for (const auto& r : verify_models(models, m)) {
    if (r.path == "RN50x4.pt" || r.path == "M-BERT-Base-69/config.json") {
      EXPECT_EQ(r.status, FileStatus::kOk) << r.path;
    }
  }
}

TEST(ModelManifest, DefaultListsTheOfficialFilesAndHonoursAMirror) {
  const ModelManifest m = default_model_manifest();
  ASSERT_FALSE(m.files.empty());
  EXPECT_EQ(m.files[0].path, "RN50x4.pt");
  const ModelSource& openai = m.files[0].sources[0];
  EXPECT_EQ(openai.sha256, "7e526bd135e493cef0776de27d5f42653e6b4c8bf9e0f653bb11773263205fdd");
  EXPECT_NE(openai.url.find(openai.sha256), std::string::npos);
  const ModelManifest mirrored = default_model_manifest({"main", "http://mirror.local/models/"});
  for (const auto& f : mirrored.files) {
    for (const auto& src : f.sources) {
      EXPECT_EQ(src.url.rfind("http://mirror.local/models/", 0), 0u) << src.url;
      EXPECT_EQ(src.url.find(' '), std::string::npos) << src.url;
    }
  }
}

TEST(ModelManifest, RejectsPathsOutsideTheModelsFolder) {
  const auto file =
      test::write_temp("manifest.json", R"({"files": [{"path": "../evil", "url": "http://x/y"}]})");
  try {
    load_model_manifest(file);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kBadFormat);
    EXPECT_NE(std::string(e.what()).find("entry 1"), std::string::npos) << e.what();
  }
  // Not a file inside the folder, or one the downloader writes itself.
  for (const char* path :
       {".", "dir/", "a/./b", "a//b", "checksums.sha256", "x.bin.part", "/abs", "a/../../b", ""}) {
    const auto bad =
        test::write_temp("manifest-bad.json", std::string(R"({"files": [{"path": ")") + path +
                                                  R"(", "url": "http://x/y"}]})");
    EXPECT_THROW(load_model_manifest(bad), Error) << path;
  }
  const auto ok = test::write_temp("manifest2.json", R"({"files": [{"path": "a/b.bin"}]})");
  EXPECT_EQ(load_model_manifest(ok, "http://m/").files[0].sources[0].url, "http://m/a/b.bin");
  const auto several =
      test::write_temp("manifest3.json", R"({"files": [{"path": "RN50x4.pt", "sources": [
        {"url": "http://a/RN50x4.pt", "sha256": ")" +
                                             std::string(64, 'a') + R"("},
        {"url": "http://b/x.safetensors", "hub_checksum": true, "path": "x/x.safetensors"}]}]})");
  const auto m = load_model_manifest(several);
  ASSERT_EQ(m.files[0].sources.size(), 2u);
  EXPECT_EQ(m.files[0].sources[0].url, "http://a/RN50x4.pt");
  EXPECT_TRUE(m.files[0].sources[1].hub_checksum);
  EXPECT_EQ(m.files[0].path_of(m.files[0].sources[1]), "x/x.safetensors");
}

}  // namespace
}  // namespace lingualens
