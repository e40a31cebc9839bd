// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {SettlementMath} from "../SettlementMath.sol";

/// @title SettlementMathHarness
/// @notice Test-only: exposes SettlementMath in batches so Go can cross-check
/// internal/protocol/settlement.go. Never deployed outside tests.
contract SettlementMathHarness {
    struct RequirementInput {
        uint64 sum;
        uint256 threshold;
        uint32 ppm;
        bytes32 proofSeed;
        bytes32 sessionId;
        address supplier;
    }

    struct RewardInput {
        uint64 sum;
        uint256 tokensPerComputeUnit;
        uint256 target;
        uint256 budget;
    }

    struct SlashInput {
        uint256 reward;
        uint32 ppm;
        uint256 stake;
    }

    /// @notice The batch arguments have different lengths.
    error LengthMismatch();

    function isMinedBatch(bytes32[] calldata keys, uint256[] calldata targets)
        external
        pure
        returns (bool[] memory out)
    {
        if (keys.length != targets.length) revert LengthMismatch();
        out = new bool[](keys.length);
        for (uint256 i = 0; i < keys.length; ++i) {
            out[i] = SettlementMath.isMined(keys[i], targets[i]);
        }
    }

    function proofPathBatch(bytes32[] calldata seeds, bytes32[] calldata sessionIds)
        external
        pure
        returns (bytes32[] memory out)
    {
        if (seeds.length != sessionIds.length) revert LengthMismatch();
        out = new bytes32[](seeds.length);
        for (uint256 i = 0; i < seeds.length; ++i) {
            out[i] = SettlementMath.proofPath(seeds[i], sessionIds[i]);
        }
    }

    function proofRequiredBatch(RequirementInput[] calldata in_) external pure returns (bool[] memory out) {
        out = new bool[](in_.length);
        for (uint256 i = 0; i < in_.length; ++i) {
            RequirementInput calldata x = in_[i];
            out[i] = SettlementMath.proofRequired(x.sum, x.threshold, x.ppm, x.proofSeed, x.sessionId, x.supplier);
        }
    }

    function rewardBatch(RewardInput[] calldata in_) external pure returns (uint256[] memory out) {
        out = new uint256[](in_.length);
        for (uint256 i = 0; i < in_.length; ++i) {
            RewardInput calldata x = in_[i];
            out[i] = SettlementMath.reward(x.sum, x.tokensPerComputeUnit, x.target, x.budget);
        }
    }

    function slashAmountBatch(SlashInput[] calldata in_) external pure returns (uint256[] memory out) {
        out = new uint256[](in_.length);
        for (uint256 i = 0; i < in_.length; ++i) {
            out[i] = SettlementMath.slashAmount(in_[i].reward, in_[i].ppm, in_[i].stake);
        }
    }
}
