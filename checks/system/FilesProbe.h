// SPDX-License-Identifier: MIT
#pragma once

#include "SystemTypes.h"

#include <QString>

#include <functional>
#include <memory>

namespace mars {

// A run of deletions inside one folder (F1's cleanup deletes tens of thousands of files): the
// folder is opened and checked once (not a link, at the canonical path it was listed under) and
// held while the run lasts, and each file is opened relative to that held folder. Same
// guarantees per file as FilesProbe::deleteRegularFile, without re-opening and re-checking the
// folder for every file (about half of each deletion's cost under Wine, issue #16). Used by one
// thread at a time; made by FilesProbe::openFolderForDeletion.
class FolderDeletion
{
public:
    virtual ~FolderDeletion() = default;
    // Deletes the plain name `name` inside the folder, as FilesProbe::deleteRegularFile does.
    // When the folder itself could not be opened or was not the one asked for, every call
    // answers with that refusal and nothing is touched.
    virtual DeleteStatus deleteRegularFile(const QString& name) = 0;
};

// Role: files, folders and volumes. Shaped after Win32: paths are full native paths (QString
// holds UTF-16 like WCHAR), attribute bits are FILE_ATTRIBUTE_* values, deletions work on a
// handle opened without following reparse points. Implemented by WindowsFiles, PosixFiles and
// ScenarioFiles. Thread-safe; nothing blocks indefinitely. Queries never change the system;
// actions say so in their name.
class FilesProbe
{
public:
    virtual ~FilesProbe() = default;

    virtual Probed<FileAttributes> fileAttributes(const QString& path) const = 0;
    // The path's own attributes and last write time, and its final path (PathDetails). NotFound
    // when it does not exist. Safety decisions compare final paths, never the typed strings:
    // "C:\Program Files\..\ProgramData", a short 8.3 name or a path through a junction all
    // name the folder they end at.
    virtual Probed<PathDetails> pathDetails(const QString& path) const = 0;
    // Folder the agent and Windows use for temporary files (%SystemRoot%\Temp). On Linux the
    // folder given with --temp-dir, else the system temp folder.
    virtual Probed<QString> systemTempDir() const = 0;
    // Streams the entries directly inside `dir` (no recursion, no "." / ".."), never holding
    // the whole listing. `visit` returns false to stop early. Reparse points are reported,
    // never followed. Returns Ok when the listing completed (or was stopped by `visit`).
    using DirVisitor = std::function<bool(const DirEntry& entry)>;
    virtual Probed<qint64> forEachEntry(const QString& dir, const DirVisitor& visit) const = 0;
    // True when this process may create and delete files in `dir` with its current rights.
    virtual Probed<bool> canModifyFolder(const QString& dir) const = 0;
    virtual Probed<DiskSpace> diskSpace(const QString& path) const = 0;
    // The volume `path` lives on; `path` need not exist yet, its nearest existing parent decides.
    virtual Probed<VolumeInfo> volumeInfo(const QString& path) const = 0;
    // Whether Windows Data Deduplication is active on the volume holding `path` (true) or not
    // (false). NotApplicable where the question does not exist (Linux, a network share, whose
    // deduplication is the file server's); Denied or Failed when it cannot be asked (the filter
    // manager answers administrators only; Wine has no filter manager). Never a guess.
    virtual Probed<bool> volumeDeduplicated(const QString& path) const = 0;
    virtual Probed<QString> knownFolder(KnownFolder folder) const = 0;
    // The file version of an .exe/.dll ("2.0.9262.0", VS_FIXEDFILEINFO). NotFound when the file
    // does not exist; Failed when it has no version resource.
    virtual Probed<QString> fileVersion(const QString& path) const = 0;
    // The last `maxBytes` bytes of a text file, decoded (UTF-16 with BOM, UTF-8, else the ANSI
    // code page), opened with full sharing so a log another process writes can still be read.
    virtual Probed<QString> readTextTail(const QString& path, qint64 maxBytes) const = 0;

    // --- actions (used by fixes only) -----------------------------------------------------
    // Deletes `dir`/`name` through a handle opened without following links, only when it is
    // a regular file, not read-only and not in use.
    virtual DeleteStatus deleteRegularFile(const QString& dir, const QString& name) const = 0;
    // Opens `dir` for a run of deletions (see FolderDeletion); never null, never outlives this
    // probe. The default makes
    // one deleteRegularFile(dir, name) call per file, so a probe that overrides only that call
    // (a scenario, a test's wrapper) keeps working; WindowsFiles and PosixFiles hold the folder.
    virtual std::unique_ptr<FolderDeletion> openFolderForDeletion(const QString& dir) const;
    // Sets and clears attribute bits on one file or folder (no recursion, parents untouched).
    virtual Probed<FileAttributes> changeAttributes(const QString& path, FileAttributes set,
                                                    FileAttributes clear) const = 0;
};

} // namespace mars
