// SPDX-License-Identifier: MIT
// mars_fix_victim <temp folder> <data folder>: previews and applies the real temp cleanup on
// <temp folder> through FixRunner, with the journal and logs in <data folder>, each deletion
// slowed to about 2 ms so that TestFixInterruptedByKill can kill it mid-way. Not a test, and
// never part of the product.
#include "ForwardingSystem.h"
#include "TempFolderTestSupport.h"
#include "catalog/temp/TempCleanupFix.h"
#include "engine/CheckRunner.h"
#include "engine/FixJournal.h"
#include "engine/FixRunner.h"
#include "logging/Logging.h"
#include "logging/Redactor.h"

#include <QCoreApplication>
#include <QDir>
#include <QThread>

using namespace mars;
using namespace mars::test;

namespace {
class SlowDeletes final : public ForwardingFiles
{
public:
    using ForwardingFiles::ForwardingFiles;
    DeleteStatus deleteRegularFile(const QString& dir, const QString& name) const override
    {
        QThread::msleep(2);
        return ForwardingFiles::deleteRegularFile(dir, name);
    }
};
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3)
        return 2;
    const QString dataDir = args.at(2);
    auto redactor = std::make_shared<Redactor>();
    LogOptions log;
    log.directory = QDir(dataDir).filePath(QStringLiteral("logs"));
    log.sessionId = QStringLiteral("victim");
    Logging::init(log, redactor);

    CheckEnvironment environment;
    environment.system = withRole<SlowDeletes>(nativeSystemFor(args.at(1)));
    auto journal = std::make_shared<FixJournal>(QDir(dataDir).filePath(QStringLiteral("fix-journal.jsonl")),
                                                QStringLiteral("victim"), redactor);
    environment.journal = journal;
    CheckRunner checks;
    FixRunner fixes(&checks, journal);
    auto fix = std::make_shared<TempCleanupFix>();
    QObject::connect(&fixes, &FixRunner::previewReady, &app,
                     [&](const FixPlan& plan) { fixes.apply(fix, plan, environment); });
    QObject::connect(&fixes, &FixRunner::applied, &app, [] { QCoreApplication::exit(0); });
    // Every .tmp file, however new (the real default keeps a day's worth).
    fixes.preview(fix, environment, {{QStringLiteral("older_than_hours"), 0}});
    const int code = QCoreApplication::exec();
    Logging::shutdown();
    return code;
}
