// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/agent/AgentFootprint.h"
#include "engine/CheckContext.h"
#include "engine/Finding.h"
#include "system/SystemTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace mars {

// The rules about the agent's cache (scratch) folder, in one place: B2, B3 and B4 each report
// one of them, B5 (scratch_move_assistant) weighs all three to say whether the cache should
// move, and B1 and its registry fix share the reading of the two ScratchLocation values.
// Sources: catalog §2.B; the FAQ's "Manage the backup cache folder" questions.
class ScratchRules
{
    Q_DECLARE_TR_FUNCTIONS(ScratchRules)

public:
    // Catalog B4 / SELFHELP: at least 2.5 GB; the wizard's heuristic when the size of the
    // protected data is unknown: at least 5 % of the volume.
    static constexpr qint64 kMinFreeBytes = qint64(5) * 1024 * 1024 * 1024 / 2;
    static constexpr int kMinFreePercent = 5;
    // B3 walks the cache folder to see whether the files in it are compressed or encrypted:
    // at most this many entries, this many folder levels deep. The wizard's own bound:
    // UNCONFIRMED how many files a large cache holds (Microsoft does not document its layout,
    // and none was looked at for this); the bound keeps a wrong
    // ScratchLocation such as D:\ from walking a whole drive. Reaching it is said in the
    // finding, never a silent pass.
    static constexpr qint64 kMaxContentEntries = 20000;
    static constexpr int kMaxContentDepth = 8;

    // Where the cache is (registry) or will be (the installer's default), for B2-B5. Worked
    // out once per run (CheckContext::facts()), like the three assessments below.
    struct Target
    {
        enum class State : quint8 { Located = 1, NotWindows, Unknown } state = State::Unknown;
        agent::Location where;
        QString reason; // plain words when not Located
    };
    static Target locate(const CheckContext& context);

    // One rule's answer; the check that asked turns it into its Finding.
    struct Assessment
    {
        Verdict verdict = Verdict::Error;
        QString summary;
        QString detail;
        QString remedy;
        QStringList fixIds;
        QList<Evidence> evidence;
        bool moveHelps = false; // moving the cache to another folder would solve it (B5)
        QString cause; // short cause for B5's sentence ("it is on a network share")
    };
    // The answer of B2-B5 when the cache could not be located: NotApplicable off Windows,
    // else Error with the reason.
    static Assessment notLocated(const Target& target);
    static Assessment assessVolume(const CheckContext& context, const QString& scratch); // B2
    static Assessment assessAttributes(const CheckContext& context, const QString& scratch); // B3
    static Assessment assessFreeSpace(const CheckContext& context, const QString& scratch); // B4

    // Fills a finding made from `assessment`: detail, remedy, fixes, and the cache folder and
    // where its path came from ahead of the assessment's own evidence.
    static void complete(Finding& finding, const Assessment& assessment, const Target& target);

    // The documented way to put the cache somewhere else (FAQ "How do I change the cache
    // location for the MARS agent?"; before installation: the installer's /s: switch).
    static QString moveProcedure(const QString& from, bool agentInstalled);
    // What to do when a fact about the cache folder could not be read (an Error finding).
    static QString unreadableRemedy();
    // One sentence pointing B2-B4's remedies at B5's procedure.
    static QString seeMoveProcedure();

    // Words for attribute bits in a sentence ("compressed and encrypted").
    static QString attributeWords(FileAttributes attributes);

    // --- B1 and repair_scratch_registry: the two ScratchLocation values -------------------
    struct Copy
    {
        QString key; // agent::configKey() or agent::providerKey()
        ProbeStatus status = ProbeStatus::Failed; // of the registry read
        QString value; // trimmed; empty when missing or not a string
        QString reason; // why the read failed
        enum class Folder : quint8 {
            NotChecked = 1,
            Exists,
            Missing,
            NotAFolder,
            Unreadable
        } folder = Folder::NotChecked;
        QString folderReason;

        bool present() const { return status == ProbeStatus::Ok && !value.isEmpty(); }
        bool readFailed() const { return status != ProbeStatus::Ok && status != ProbeStatus::NotFound; }
        QString where() const; // "HKLM\<key>\ScratchLocation"
    };
    struct RegistryState
    {
        Copy config;
        Copy provider;
        // The copy that names an existing folder while the other is missing or names a
        // missing one: the repair copies it over the other. Null when there is none.
        const Copy* source() const;
        const Copy* target() const;
    };
    static RegistryState readRegistry(const CheckContext& context);
    // Why the folder `path` may only look missing: its drive is not on this computer now, or
    // does not answer (a disk taken offline, a SAN LUN not presented, a USB disk unplugged).
    // Pointing the agent at the other value's folder then would move it back to an old copy
    // while its real cache is only out of reach (#19). Empty when the drive is there and
    // answers. Source: catalog B1/B2 (mars-checks.md: "volume online (GetVolumeInformationW
    // succeeds)").
    static QString driveProblem(const CheckContext& context, const QString& path);
    static QString valueText(const Copy& copy); // the value, or "(missing)"

private:
    static Target locateNow(const CheckContext& context);
    static Assessment assessVolumeNow(const CheckContext& context, const QString& scratch);
    static Assessment assessAttributesNow(const CheckContext& context, const QString& scratch);
    static Assessment assessFreeSpaceNow(const CheckContext& context, const QString& scratch);
    static Assessment shared(const CheckContext& context, const QString& rule, const QString& scratch,
                             Assessment (*assess)(const CheckContext&, const QString&));
};

} // namespace mars
