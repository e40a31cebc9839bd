// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title SMSTVerifier
/// @notice Verifies closest proofs of the session tree: a github.com/pokt-network/smt v0.14.1
/// sparse Merkle sum trie with the keccak256 hasher (path = keccak256(key), value hash =
/// keccak256(value)), as smst.ProveClosest(targetPath) produces them for a non-empty trie.
/// Go mirrors it in internal/protocol (EncodeClosestProof, VerifyClosestProof); the two are
/// cross-checked on random tries in contracts/smst_test.go.
///
/// Encodings (smt v0.14.1, sum trie):
/// - a node digest is hash ‖ sum ‖ count: 32 + 8 + 8 bytes, integers big-endian; the empty
///   subtree (smt's placeholder) is 48 zero bytes: Node(0, 0, 0).
/// - leaf: hash = keccak256(0x00 ‖ path ‖ valueHash ‖ weight ‖ uint64(1)), sum = weight,
///   count = 1.
/// - inner: hash = keccak256(0x01 ‖ left ‖ right ‖ sum ‖ count) with left and right the 48-byte
///   digests of the children, sum and count the children's totals.
/// - extension nodes hash as the equivalent chain of inner nodes whose other children are
///   empty, so a proof lists one side node per level and the leaf sits at depth
///   sideNodes.length. Depth d reads bit d of a path, most significant bit first; bit 0 picks
///   the root's child (0 left, 1 right).
///
/// How ProveClosest walks (smt.go): from the root it follows the target path; where the child
/// on the target's side is empty (only inside an extension node, where the target leaves the
/// extension's path) it steps back, flips the target's bit at that depth, records the depth in
/// FlippedBits and takes the other child. It stops at the first leaf. So, for the proof of a
/// non-empty trie:
///   (1) depth == sideNodes.length <= 256 (smt's own verifier hashes all side nodes whatever
///       Depth says);
///   (2) for every d < depth, leafPath[d] != targetPath[d] exactly when d is a flipped bit, and
///       no bit at or below depth is flipped (smt checks this only up to its unauthenticated
///       Depth, and lets the bit at Depth be flipped);
///   (3) the side node at every flipped depth is empty: the target's side was empty there
///       (smt does not check this);
///   (4) the leaf's count is 1 and hashing up reproduces the root's hash, sum and count, with
///       no 64-bit overflow of a sum or count.
/// Then the leaf is the one ProveClosest(targetPath) reaches: at every level the walk takes
/// the target's side unless it is empty, and the proof shows exactly those choices. Without
/// (1)–(3) a valid proof of any other leaf can be passed off as the closest one.
library SMSTVerifier {
    /// @notice A node digest: keccak256 of its preimage, the sum of the weights and the number
    /// of leaves below it. Node(0, 0, 0) is the empty subtree.
    struct Node {
        bytes32 hash;
        uint64 sum;
        uint64 count;
    }

    /// @notice A closest proof: the leaf reached from a target path and its side nodes.
    /// `flippedBits` has bit d (most significant first, as in paths) set for each depth d at
    /// which ProveClosest flipped the target's bit. `sideNodes[d]` is the sibling at depth d,
    /// root level first (smt lists them leaf level first).
    struct ClosestProof {
        bytes32 leafPath;
        bytes32 leafValueHash;
        uint64 leafWeight;
        uint16 depth;
        bytes32 flippedBits;
        Node[] sideNodes;
    }

    /// @notice The deepest a leaf can sit: one level per path bit.
    uint256 internal constant MAX_DEPTH = 256;

    bytes1 private constant LEAF_PREFIX = 0x00;
    bytes1 private constant INNER_PREFIX = 0x01;

    /// @notice The proof has `got` side nodes; at most `max` are possible.
    error TooManySideNodes(uint256 got, uint256 max);
    /// @notice The proof claims depth `depth` but has `sideNodes` side nodes.
    error ProofDepthMismatch(uint256 depth, uint256 sideNodes);
    /// @notice At depth `depth`, `leafPath` does not follow `targetPath` with the proof's
    /// flipped bits: the two differ where no bit is flipped, agree where one is, or a bit is
    /// flipped at or below the leaf's depth.
    error PathMismatch(bytes32 leafPath, bytes32 targetPath, uint256 depth);
    /// @notice A bit is flipped at `depth`, but the side node there is not the empty subtree.
    error FlippedBitNotEmpty(uint256 depth, bytes32 hash, uint64 sum, uint64 count);
    /// @notice The sum or count of the inner node at `depth` exceeds 2^64 - 1.
    error SumOverflow(uint256 depth);
    /// @notice The proof hashes up to (hash, sum, count), not to the claimed root.
    error RootMismatch(bytes32 hash, uint64 sum, uint64 count);

    /// @notice Reverts unless `p` is the closest proof of `targetPath` in the trie whose root
    /// digest is (rootHash, rootSum, rootCount), under conditions (1)–(4) above.
    function verifyClosest(
        bytes32 rootHash,
        uint64 rootSum,
        uint64 rootCount,
        bytes32 targetPath,
        ClosestProof memory p
    ) internal pure {
        uint256 depth = p.sideNodes.length;
        if (depth > MAX_DEPTH) revert TooManySideNodes(depth, MAX_DEPTH);
        if (p.depth != depth) revert ProofDepthMismatch(p.depth, depth);

        uint256 flipped = uint256(p.flippedBits);
        uint256 wrong = ((uint256(p.leafPath) ^ uint256(targetPath)) & _prefixMask(depth)) ^ flipped;
        if (wrong != 0) revert PathMismatch(p.leafPath, targetPath, 255 - Math.log2(wrong));

        bytes32 hash = keccak256(abi.encodePacked(LEAF_PREFIX, p.leafPath, p.leafValueHash, p.leafWeight, uint64(1)));
        uint64 sum = p.leafWeight;
        uint64 count = 1;
        for (uint256 d = depth; d > 0;) {
            --d;
            Node memory side = p.sideNodes[d];
            if (_bit(flipped, d) && (side.hash != 0 || side.sum != 0 || side.count != 0)) {
                revert FlippedBitNotEmpty(d, side.hash, side.sum, side.count);
            }
            uint256 parentSum = uint256(sum) + side.sum;
            uint256 parentCount = uint256(count) + side.count;
            if (parentSum > type(uint64).max || parentCount > type(uint64).max) revert SumOverflow(d);
            if (_bit(uint256(p.leafPath), d)) {
                hash = keccak256(
                    abi.encodePacked(
                        INNER_PREFIX,
                        side.hash,
                        side.sum,
                        side.count,
                        hash,
                        sum,
                        count,
                        uint64(parentSum),
                        uint64(parentCount)
                    )
                );
            } else {
                hash = keccak256(
                    abi.encodePacked(
                        INNER_PREFIX,
                        hash,
                        sum,
                        count,
                        side.hash,
                        side.sum,
                        side.count,
                        uint64(parentSum),
                        uint64(parentCount)
                    )
                );
            }
            sum = uint64(parentSum);
            count = uint64(parentCount);
        }
        if (hash != rootHash || sum != rootSum || count != rootCount) revert RootMismatch(hash, sum, count);
    }

    /// @dev The bits of depths [0, depth) of a path read as uint256.
    function _prefixMask(uint256 depth) private pure returns (uint256) {
        if (depth == 0) return 0;
        return ~(type(uint256).max >> depth);
    }

    /// @dev Bit `depth` of a path read as uint256 (depth 0 is the most significant bit).
    function _bit(uint256 path, uint256 depth) private pure returns (bool) {
        return (path >> (255 - depth)) & 1 == 1;
    }
}
