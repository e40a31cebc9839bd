// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {SessionMath} from "../SessionMath.sol";

/// @title SessionMathHarness
/// @notice Test-only: exposes SessionMath so Go can cross-check its own implementation.
/// Batch variants check many vectors per eth_call. Never deployed outside tests.
contract SessionMathHarness {
    /// @notice The batch arguments have different lengths.
    error LengthMismatch();

    function sessionStart(uint64 height, uint64 epochStart, uint64 blocksPerSession) external pure returns (uint64) {
        return SessionMath.sessionStart(height, epochStart, blocksPerSession);
    }

    function sessionId(address app, bytes32 service, uint64 start, bytes32 seed) external pure returns (bytes32) {
        return SessionMath.sessionId(app, service, start, seed);
    }

    function pendingSessions(uint64 blocksPerSession, uint64 grace, uint64 claim, uint64 proof)
        external
        pure
        returns (uint256)
    {
        return SessionMath.pendingSessions(blocksPerSession, grace, claim, proof);
    }

    function selectIndices(bytes32 id, uint256 candidates, uint256 k) external pure returns (uint256[] memory) {
        return SessionMath.selectIndices(id, candidates, k);
    }

    function selectSuppliers(bytes32 id, address[] calldata candidates, uint256 k)
        external
        pure
        returns (address[] memory)
    {
        return _select(id, candidates, k);
    }

    function isValidServiceId(bytes32 id) external pure returns (bool) {
        return SessionMath.isValidServiceId(id);
    }

    function sessionStartBatch(uint64[] calldata heights, uint64[] calldata epochStarts, uint64[] calldata lengths)
        external
        pure
        returns (uint64[] memory out)
    {
        if (heights.length != epochStarts.length || heights.length != lengths.length) revert LengthMismatch();
        out = new uint64[](heights.length);
        for (uint256 i = 0; i < heights.length; ++i) {
            out[i] = SessionMath.sessionStart(heights[i], epochStarts[i], lengths[i]);
        }
    }

    function sessionIdBatch(
        address[] calldata apps,
        bytes32[] calldata services,
        uint64[] calldata starts,
        bytes32[] calldata seeds
    ) external pure returns (bytes32[] memory out) {
        uint256 n = apps.length;
        if (services.length != n || starts.length != n || seeds.length != n) revert LengthMismatch();
        out = new bytes32[](n);
        for (uint256 i = 0; i < n; ++i) {
            out[i] = SessionMath.sessionId(apps[i], services[i], starts[i], seeds[i]);
        }
    }

    function selectIndicesBatch(bytes32[] calldata ids, uint256[] calldata candidates, uint256[] calldata ks)
        external
        pure
        returns (uint256[][] memory out)
    {
        if (ids.length != candidates.length || ids.length != ks.length) revert LengthMismatch();
        out = new uint256[][](ids.length);
        for (uint256 i = 0; i < ids.length; ++i) {
            out[i] = SessionMath.selectIndices(ids[i], candidates[i], ks[i]);
        }
    }

    function selectSuppliersBatch(bytes32[] calldata ids, address[][] calldata candidates, uint256[] calldata ks)
        external
        pure
        returns (address[][] memory out)
    {
        if (ids.length != candidates.length || ids.length != ks.length) revert LengthMismatch();
        out = new address[][](ids.length);
        for (uint256 i = 0; i < ids.length; ++i) {
            out[i] = _select(ids[i], candidates[i], ks[i]);
        }
    }

    function pendingSessionsBatch(
        uint64[] calldata lengths,
        uint64[] calldata graces,
        uint64[] calldata claims,
        uint64[] calldata proofs
    ) external pure returns (uint256[] memory out) {
        uint256 n = lengths.length;
        if (graces.length != n || claims.length != n || proofs.length != n) revert LengthMismatch();
        out = new uint256[](n);
        for (uint256 i = 0; i < n; ++i) {
            out[i] = SessionMath.pendingSessions(lengths[i], graces[i], claims[i], proofs[i]);
        }
    }

    function isValidServiceIdBatch(bytes32[] calldata ids) external pure returns (bool[] memory out) {
        out = new bool[](ids.length);
        for (uint256 i = 0; i < ids.length; ++i) {
            out[i] = SessionMath.isValidServiceId(ids[i]);
        }
    }

    function relayBudget(
        uint256 appStake,
        uint256 suppliers,
        uint64 blocksPerSession,
        uint64 grace,
        uint64 claim,
        uint64 proof
    ) external pure returns (uint256) {
        return SessionMath.relayBudget(appStake, suppliers, blocksPerSession, grace, claim, proof);
    }

    function relayCost(uint64 computeUnitsPerRelay, uint32 calls, uint256 tokensPerComputeUnit)
        external
        pure
        returns (uint256)
    {
        return SessionMath.relayCost(computeUnitsPerRelay, calls, tokensPerComputeUnit);
    }

    /// @notice relayBudget of (stakes[i], suppliers[i]) under params[i] = [N, grace, claim, proof].
    function relayBudgetBatch(uint256[] calldata stakes, uint256[] calldata suppliers, uint64[4][] calldata params)
        external
        pure
        returns (uint256[] memory out)
    {
        uint256 n = stakes.length;
        if (suppliers.length != n || params.length != n) revert LengthMismatch();
        out = new uint256[](n);
        for (uint256 i = 0; i < n; ++i) {
            uint64[4] calldata p = params[i];
            out[i] = SessionMath.relayBudget(stakes[i], suppliers[i], p[0], p[1], p[2], p[3]);
        }
    }

    function relayCostBatch(uint64[] calldata cus, uint32[] calldata calls, uint256[] calldata tpcus)
        external
        pure
        returns (uint256[] memory out)
    {
        uint256 n = cus.length;
        if (calls.length != n || tpcus.length != n) revert LengthMismatch();
        out = new uint256[](n);
        for (uint256 i = 0; i < n; ++i) {
            out[i] = SessionMath.relayCost(cus[i], calls[i], tpcus[i]);
        }
    }

    function _select(bytes32 id, address[] calldata candidates, uint256 k) private pure returns (address[] memory out) {
        uint256[] memory idx = SessionMath.selectIndices(id, candidates.length, k);
        out = new address[](idx.length);
        for (uint256 i = 0; i < idx.length; ++i) {
            out[i] = candidates[idx[i]];
        }
    }
}
