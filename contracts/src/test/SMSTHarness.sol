// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {SMSTVerifier} from "../SMSTVerifier.sol";

/// @title SMSTHarness
/// @notice Test-only: exposes SMSTVerifier so Go can cross-check internal/protocol's closest
/// proofs. The batch variant checks many proofs per eth_call. Never deployed outside tests.
/// Its structs copy SMSTVerifier's (the bindings generator gives each contract its own file,
/// so two contracts must not expose the same struct type).
contract SMSTHarness {
    /// @notice SMSTVerifier.Node.
    struct Digest {
        bytes32 hash;
        uint64 sum;
        uint64 count;
    }

    /// @notice SMSTVerifier.ClosestProof.
    struct Proof {
        bytes32 leafPath;
        bytes32 leafValueHash;
        uint64 leafWeight;
        uint16 depth;
        bytes32 flippedBits;
        Digest[] sideNodes;
    }

    /// @notice The batch arguments have different lengths.
    error LengthMismatch();

    /// @notice Reverts like SMSTVerifier.verifyClosest.
    function verify(Digest calldata root, bytes32 targetPath, Proof calldata proof) external pure {
        SMSTVerifier.verifyClosest(root.hash, root.sum, root.count, targetPath, _convert(proof));
    }

    /// @notice Verifies proofs[i] of targetPaths[i] against roots[i]; out[i] is the revert data,
    /// empty where the proof is accepted.
    function verifyBatch(Digest[] calldata roots, bytes32[] calldata targetPaths, Proof[] calldata proofs)
        external
        view
        returns (bytes[] memory out)
    {
        if (roots.length != targetPaths.length || roots.length != proofs.length) revert LengthMismatch();
        out = new bytes[](proofs.length);
        for (uint256 i = 0; i < proofs.length; ++i) {
            try this.verify(roots[i], targetPaths[i], proofs[i]) {}
            catch (bytes memory reason) {
                out[i] = reason;
            }
        }
    }

    /// @notice The gas of SMSTVerifier.verifyClosest on a proof already in memory (reverts like
    /// it).
    function measure(Digest calldata root, bytes32 targetPath, Proof calldata proof)
        external
        view
        returns (uint256 gasUsed)
    {
        SMSTVerifier.ClosestProof memory p = _convert(proof);
        uint256 before = gasleft();
        SMSTVerifier.verifyClosest(root.hash, root.sum, root.count, targetPath, p);
        gasUsed = before - gasleft();
    }

    function _convert(Proof calldata proof) private pure returns (SMSTVerifier.ClosestProof memory p) {
        p.leafPath = proof.leafPath;
        p.leafValueHash = proof.leafValueHash;
        p.leafWeight = proof.leafWeight;
        p.depth = proof.depth;
        p.flippedBits = proof.flippedBits;
        p.sideNodes = new SMSTVerifier.Node[](proof.sideNodes.length);
        for (uint256 i = 0; i < proof.sideNodes.length; ++i) {
            Digest calldata n = proof.sideNodes[i];
            p.sideNodes[i] = SMSTVerifier.Node(n.hash, n.sum, n.count);
        }
    }
}
