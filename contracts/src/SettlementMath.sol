// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title SettlementMath
/// @notice The pure functions of claim, proof and settlement (docs/protocol.md, "Claims,
/// proofs and settlement"), used by RelaySettlement. Go mirrors every function in
/// internal/protocol/settlement.go; the two are cross-checked by generated test vectors.
library SettlementMath {
    /// @notice Proof probabilities are in parts per million.
    uint256 internal constant PPM = 1_000_000;

    /// @notice Whether a relay with key (request digest) `key` is mined under `target`:
    /// uint256(key) <= target.
    function isMined(bytes32 key, uint256 target) internal pure returns (bool) {
        return uint256(key) <= target;
    }

    /// @notice The session tree path a claim must be proven at:
    /// keccak256(abi.encodePacked(proofSeed, sessionId)), with proofSeed the hash of the proof
    /// window's first block.
    function proofPath(bytes32 proofSeed, bytes32 sessionId) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(proofSeed, sessionId));
    }

    /// @notice Whether a claim of `sum` compute units by `supplier` must be proven: the sum
    /// reaches `threshold`, or the draw
    /// uint256(keccak256(abi.encodePacked(proofSeed, sessionId, supplier))) % 1_000_000 is
    /// below `ppm`.
    function proofRequired(
        uint64 sum,
        uint256 threshold,
        uint32 ppm,
        bytes32 proofSeed,
        bytes32 sessionId,
        address supplier
    ) internal pure returns (bool) {
        if (sum >= threshold) return true;
        return uint256(keccak256(abi.encodePacked(proofSeed, sessionId, supplier))) % PPM < ppm;
    }

    /// @notice What a claim of `sum` compute units pays:
    /// min(floor(sum x tokensPerComputeUnit x (2^256 - 1) / target), budget). Each mined
    /// relay stands for (2^256 - 1) / target served ones. A target of 0 (which the registry
    /// never holds) gives the budget.
    function reward(uint64 sum, uint256 tokensPerComputeUnit, uint256 target, uint256 budget)
        internal
        pure
        returns (uint256)
    {
        (bool fits, uint256 base) = Math.tryMul(sum, tokensPerComputeUnit);
        // base >= target makes the uncapped reward at least 2^256 - 1 >= budget; below it,
        // base x (2^256 - 1) / target < 2^256 - 1 and mulDiv cannot overflow.
        if (!fits || base >= target) return budget;
        uint256 r = Math.mulDiv(base, type(uint256).max, target);
        return r < budget ? r : budget;
    }

    /// @notice What a supplier loses for a required proof it did not land:
    /// min(stake, floor(reward x 1_000_000 / max(ppm, 1)) + 1), saturating at 2^256 - 1, with
    /// `reward` what the claim would have paid. Skipping proofs therefore never pays: the
    /// expected loss exceeds the reward.
    function slashAmount(uint256 reward_, uint32 ppm, uint256 stake) internal pure returns (uint256) {
        uint256 p = ppm == 0 ? 1 : ppm;
        // floor(reward x PPM / p) = (reward / p) x PPM + floor((reward % p) x PPM / p), exactly.
        uint256 scaled = Math.saturatingAdd(Math.saturatingMul(reward_ / p, PPM), (reward_ % p) * PPM / p);
        uint256 amount = Math.saturatingAdd(scaled, 1);
        return amount < stake ? amount : stake;
    }
}
