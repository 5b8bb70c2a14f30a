// Per-format decoders behind decode_image_bytes(). Internal to core/image.
#pragma once

#include <cstdint>
#include <filesystem>

#include "core/image/decode.h"

namespace lingualens::decoders {

// Each fills `out` (image, format, orientation found, source_bits) or throws Error naming `name`.
void decode_jpeg(const uint8_t* data, size_t size, const std::filesystem::path& name,
                 const DecodeOptions& opt, DecodedImage& out);
void decode_png(const uint8_t* data, size_t size, const std::filesystem::path& name,
                const DecodeOptions& opt, DecodedImage& out);
void decode_heif(const uint8_t* data, size_t size, const std::filesystem::path& name,
                 const DecodeOptions& opt, DecodedImage& out);
void decode_webp(const uint8_t* data, size_t size, const std::filesystem::path& name,
                 const DecodeOptions& opt, DecodedImage& out);
void decode_gif(const uint8_t* data, size_t size, const std::filesystem::path& name,
                const DecodeOptions& opt, DecodedImage& out);
// BMP and TIFF through OpenCV.
void decode_with_opencv(const uint8_t* data, size_t size, const std::filesystem::path& name,
                        const DecodeOptions& opt, DecodedImage& out);

// Throws kTooLarge / kBadFormat for dimensions that must not be decoded.
void check_dimensions(int64_t width, int64_t height, const std::filesystem::path& name,
                      const DecodeOptions& opt);

// EXIF orientation (1-8) from TIFF-structured EXIF data ("II*\0" / "MM\0*"); 1 when absent.
int exif_orientation(const uint8_t* tiff, size_t size);
// Once per process: exiv2's XMP toolkit set up for threads, and its console messages muted
// (a bad file's problems are recorded as our own per-file errors instead).
void init_exiv2();

}  // namespace lingualens::decoders
