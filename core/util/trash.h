// The desktop's trash, as the freedesktop.org Trash specification (1.0) describes it, for
// programs without Qt or GLib (the CLI): a file moved there can be restored from any file
// manager, and nothing is ever deleted outright. The home trash ($XDG_DATA_HOME/Trash) serves
// files on its own drive; files on other drives go to that drive's $topdir/.Trash/$uid (when
// the administrator made it: a sticky folder, not a link) or $topdir/.Trash-$uid.
#pragma once

#include <filesystem>

namespace lingualens {

// Moves `file` to the trash; returns where it now is (…/Trash/files/NAME). The info file
// (…/Trash/info/NAME.trashinfo: original path, deletion date) is written first, under a name
// no other file holds. Throws Error kNotFound (no such file) or kIo (no usable trash).
std::filesystem::path move_to_trash(const std::filesystem::path& file);

// Puts a trashed file back where it was (the path its info file records) and removes the info
// file. Throws Error kIo when its old place is taken or not writable.
std::filesystem::path restore_from_trash(const std::filesystem::path& trashed);

}  // namespace lingualens
