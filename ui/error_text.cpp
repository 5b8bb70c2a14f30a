#include "ui/error_text.h"

#include <QCoreApplication>  // Q_DECLARE_TR_FUNCTIONS
#include <QDir>

#include "core/error.h"
#include "ui/translations.h"

namespace lingualens::ui {
namespace {

// The sentences' translation context (lupdate finds them through tr()).
struct ErrorText {
  Q_DECLARE_TR_FUNCTIONS(ErrorText)
};

QString lead(const Error& e) {
  const QString file = QDir::toNativeSeparators(QString::fromStdString(e.file().string()));
  const bool named = !file.isEmpty();
  switch (e.kind()) {
    case ErrorKind::kNotFound:
      return named ? ErrorText::tr("%1 was not found.").arg(file)
                   : ErrorText::tr("Something needed was not found.");
    case ErrorKind::kIo:
      return named ? ErrorText::tr(
                         "%1 could not be read or written (permissions, a full disk or a "
                         "removed drive?).")
                         .arg(file)
                   : ErrorText::tr("A file could not be read or written.");
    case ErrorKind::kBadFormat:
      return named ? ErrorText::tr("%1 is damaged, or is not what its name says.").arg(file)
                   : ErrorText::tr("A file is damaged.");
    case ErrorKind::kUnsupported:
      return named ? ErrorText::tr("%1 is in a form LinguaLens cannot read.").arg(file)
                   : ErrorText::tr("This is in a form LinguaLens cannot read.");
    case ErrorKind::kMismatch:
      return ErrorText::tr("These model files do not belong together.");
    case ErrorKind::kTooLarge:
      return named ? ErrorText::tr("%1 is too large to open safely.").arg(file)
                   : ErrorText::tr("This is too large to open safely.");
    case ErrorKind::kBusy:
      return ErrorText::tr(
          "Another program is working on this library; try again when it has finished.");
    case ErrorKind::kCancelled:
      return ErrorText::tr("Stopped.");
    case ErrorKind::kInvalidArgument:
      break;
  }
  return ErrorText::tr("This cannot be done as asked.");
}

}  // namespace

QString error_text(const std::exception& e) {
  const QString detail = QString::fromUtf8(e.what());
  if (current_interface_language() == QLatin1String("en")) return detail;
  const auto* error = dynamic_cast<const Error*>(&e);
  const QString sentence = error ? lead(*error) : ErrorText::tr("Something went wrong.");
  return sentence + QStringLiteral("\n\n") + detail;
}

}  // namespace lingualens::ui
