// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

/// @title SessionMath
/// @notice The pure session functions of the relaynode protocol (docs/protocol.md), shared by
/// Registry and the test harness. Go mirrors every function in internal/protocol; the two
/// are cross-checked by generated test vectors.
library SessionMath {
    /// @dev Candidate counts up to this use a dense index array; above it, a sparse map of
    /// displaced positions (O(k^2) work instead of O(L) memory). Both give the same result.
    uint256 internal constant DENSE_SELECTION_LIMIT = 1024;

    /// @notice Start of the session containing `height`, in the parameter epoch that begins at
    /// `epochStart` with sessions of `blocksPerSession` blocks. Requires height >= epochStart
    /// and blocksPerSession >= 1.
    function sessionStart(uint64 height, uint64 epochStart, uint64 blocksPerSession)
        internal
        pure
        returns (uint64)
    {
        return epochStart + ((height - epochStart) / blocksPerSession) * blocksPerSession;
    }

    /// @notice keccak256(abi.encode(app, service, uint256(start), seed)).
    function sessionId(address app, bytes32 service, uint64 start, bytes32 seed) internal pure returns (bytes32) {
        return keccak256(abi.encode(app, service, uint256(start), seed));
    }

    /// @notice Number of sessions whose budgets are open at once:
    /// ceil((grace + claim + proof) / blocksPerSession) + 1.
    function pendingSessions(uint64 blocksPerSession, uint64 grace, uint64 claim, uint64 proof)
        internal
        pure
        returns (uint256)
    {
        uint256 tail = uint256(grace) + claim + proof;
        return (tail + blocksPerSession - 1) / blocksPerSession + 1;
    }

    /// @notice What one supplier may serve one application in one session:
    /// appStake / (suppliers x pendingSessions), rounded down; 0 when `suppliers` is 0.
    /// `appStake` is the application's stake at the session start, `suppliers` the number of
    /// suppliers the session picked, the rest the parameters in force at the session start.
    function relayBudget(
        uint256 appStake,
        uint256 suppliers,
        uint64 blocksPerSession,
        uint64 grace,
        uint64 claim,
        uint64 proof
    ) internal pure returns (uint256) {
        if (suppliers == 0) return 0;
        return appStake / (suppliers * pendingSessions(blocksPerSession, grace, claim, proof));
    }

    /// @notice computeUnitsPerRelay x calls x tokensPerComputeUnit, saturating at
    /// 2^256 - 1 (which exceeds every budget) instead of reverting.
    function relayCost(uint64 computeUnitsPerRelay, uint32 calls, uint256 tokensPerComputeUnit)
        internal
        pure
        returns (uint256)
    {
        uint256 w = uint256(computeUnitsPerRelay) * calls;
        if (w == 0) return 0;
        if (tokensPerComputeUnit > type(uint256).max / w) return type(uint256).max;
        return w * tokensPerComputeUnit;
    }

    /// @notice Partial Fisher-Yates shuffle of [0, candidates) seeded by `id`; returns the first
    /// min(k, candidates) positions.
    function selectIndices(bytes32 id, uint256 candidates, uint256 k) internal pure returns (uint256[] memory out) {
        uint256 m = k < candidates ? k : candidates;
        out = new uint256[](m);
        if (m == 0) return out;
        if (candidates <= DENSE_SELECTION_LIMIT) {
            uint256[] memory pos = new uint256[](candidates);
            for (uint256 i = 0; i < candidates; ++i) {
                pos[i] = i;
            }
            for (uint256 i = 0; i < m; ++i) {
                uint256 j = i + _draw(id, i) % (candidates - i);
                uint256 vj = pos[j];
                pos[j] = pos[i];
                out[i] = vj;
            }
            return out;
        }
        // Sparse: keys[n] -> vals[n] holds every position j > i whose value is no longer j.
        uint256[] memory keys = new uint256[](m);
        uint256[] memory vals = new uint256[](m);
        uint256 n = 0;
        for (uint256 i = 0; i < m; ++i) {
            uint256 j = i + _draw(id, i) % (candidates - i);
            uint256 vi = i;
            uint256 vj = j;
            uint256 slotJ = type(uint256).max;
            for (uint256 t = 0; t < n; ++t) {
                uint256 key = keys[t];
                if (key == i) vi = vals[t];
                if (key == j) {
                    vj = vals[t];
                    slotJ = t;
                }
            }
            out[i] = vj;
            if (j != i) {
                if (slotJ == type(uint256).max) {
                    keys[n] = j;
                    slotJ = n;
                    ++n;
                }
                vals[slotJ] = vi;
            }
        }
    }

    /// @notice Whether `id` is a valid service id: 1-32 bytes from [a-z0-9._-], left-aligned and
    /// zero-padded (no non-zero byte after a zero byte).
    function isValidServiceId(bytes32 id) internal pure returns (bool) {
        if (id[0] == 0) return false;
        bool ended = false;
        for (uint256 i = 0; i < 32; ++i) {
            bytes1 c = id[i];
            if (c == 0) {
                ended = true;
                continue;
            }
            if (ended) return false;
            bool ok = (c >= "a" && c <= "z") || (c >= "0" && c <= "9") || c == "." || c == "_" || c == "-";
            if (!ok) return false;
        }
        return true;
    }

    function _draw(bytes32 id, uint256 i) private pure returns (uint256) {
        return uint256(keccak256(abi.encode(id, i)));
    }
}
