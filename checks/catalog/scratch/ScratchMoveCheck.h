// SPDX-License-Identifier: MIT
#pragma once

#include "engine/Check.h"

#include <QCoreApplication>

namespace mars {

// B5 scratch_move_assistant — should the agent's cache folder move to another place? A
// guidance item: it weighs the same rules as B2 (volume type), B3 (attributes) and B4 (free
// space), through ScratchRules, and when one of them is solved by moving the cache it gives the
// documented procedure with this machine's paths filled in.
//  Probe:    ScratchRules::locate(), then assessVolume/assessAttributes/assessFreeSpace; the
//            InstallPath value (installed or not decides which procedure).
//  States:   Pass the cache can stay; Warning it should move (the causes named, the procedure
//            as the remedy: net stop obengine, robocopy copy, both reg add commands, net start
//            obengine, on-demand backup, then delete the old folder; before installation the
//            installer's /s: switch); NotApplicable off Windows; Error when the location cannot
//            be worked out or a rule could not be evaluated and none asks for a move.
//            Compressed/encrypted alone is not a reason to move (clear_scratch_attributes fixes it
//            in place).
//  Deadline: 15 s (three probes, one of them a volume query).
//  Fix:      none (the move needs the technician's choice of a new folder). Nothing to undo.
class ScratchMoveCheck final : public Check
{
    Q_DECLARE_TR_FUNCTIONS(ScratchMoveCheck)

public:
    static QString id() { return QStringLiteral("scratch_move_assistant"); }
    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;
};

} // namespace mars
