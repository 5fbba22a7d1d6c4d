// SPDX-License-Identifier: MIT
#include "FilesProbe.h"

namespace mars {

namespace {
// The default run: every file goes through the probe's own deleteRegularFile(dir, name), which
// opens and checks the folder each time.
class PerCallFolderDeletion final : public FolderDeletion
{
public:
    PerCallFolderDeletion(const FilesProbe& files, QString dir)
        : m_files(files)
        , m_dir(std::move(dir))
    {
    }
    DeleteStatus deleteRegularFile(const QString& name) override { return m_files.deleteRegularFile(m_dir, name); }

private:
    const FilesProbe& m_files;
    const QString m_dir;
};
} // namespace

std::unique_ptr<FolderDeletion> FilesProbe::openFolderForDeletion(const QString& dir) const
{
    return std::make_unique<PerCallFolderDeletion>(*this, dir);
}

} // namespace mars
