// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {RelayLib} from "../RelayLib.sol";

/// @title RelayHarness
/// @notice Test-only: exposes RelayLib so Go can cross-check internal/protocol's relays.
/// Batch variants check many vectors per eth_call. Never deployed outside tests.
contract RelayHarness {
    /// @notice The batch arguments have different lengths.
    error LengthMismatch();

    function domainSeparator(uint256 chainId, address registry) external pure returns (bytes32) {
        return RelayLib.domainSeparator(chainId, registry);
    }

    function requestDigestBatch(bytes32 separator, RelayLib.RelayRecord[] calldata records)
        external
        pure
        returns (bytes32[] memory out)
    {
        out = new bytes32[](records.length);
        for (uint256 i = 0; i < records.length; ++i) {
            out[i] = RelayLib.requestDigest(separator, records[i]);
        }
    }

    function responseDigestBatch(
        bytes32 separator,
        bytes32[] calldata requestDigests,
        bytes32[] calldata responseHashes
    ) external pure returns (bytes32[] memory out) {
        if (requestDigests.length != responseHashes.length) revert LengthMismatch();
        out = new bytes32[](requestDigests.length);
        for (uint256 i = 0; i < requestDigests.length; ++i) {
            out[i] = RelayLib.responseDigest(separator, requestDigests[i], responseHashes[i]);
        }
    }

    /// @notice Both signers of a record and its relay key; reverts like RelayLib.
    function recoverSigners(bytes32 separator, RelayLib.RelayRecord calldata record)
        external
        pure
        returns (address requester, address supplier, bytes32 key)
    {
        (requester, key) = RelayLib.recoverRequestSigner(separator, record);
        supplier = RelayLib.recoverResponseSigner(separator, key, record);
    }

    function recoverSignersBatch(bytes32 separator, RelayLib.RelayRecord[] calldata records)
        external
        pure
        returns (address[] memory requesters, address[] memory suppliers)
    {
        requesters = new address[](records.length);
        suppliers = new address[](records.length);
        for (uint256 i = 0; i < records.length; ++i) {
            RelayLib.RelayRecord memory r = records[i];
            bytes32 key;
            (requesters[i], key) = RelayLib.recoverRequestSigner(separator, r);
            suppliers[i] = RelayLib.recoverResponseSigner(separator, key, r);
        }
    }

    /// @notice Recovers both signers of an encoded record as a verifier would, and reports the
    /// gas of decoding, of the request side (digest + recover) and of the response side.
    function measureRecover(bytes32 separator, bytes calldata encoded)
        external
        view
        returns (address requester, address supplier, uint256 decodeGas, uint256 requestGas, uint256 responseGas)
    {
        uint256 g0 = gasleft();
        RelayLib.RelayRecord memory r = RelayLib.decode(encoded);
        uint256 g1 = gasleft();
        bytes32 key;
        (requester, key) = RelayLib.recoverRequestSigner(separator, r);
        uint256 g2 = gasleft();
        supplier = RelayLib.recoverResponseSigner(separator, key, r);
        uint256 g3 = gasleft();
        return (requester, supplier, g0 - g1, g1 - g2, g2 - g3);
    }

    function encodeBatch(RelayLib.RelayRecord[] calldata records) external pure returns (bytes[] memory out) {
        out = new bytes[](records.length);
        for (uint256 i = 0; i < records.length; ++i) {
            out[i] = abi.encode(records[i]);
        }
    }

    function decode(bytes calldata encoded) external pure returns (RelayLib.RelayRecord memory) {
        return RelayLib.decode(encoded);
    }

    function decodeBatch(bytes[] calldata encoded) external pure returns (RelayLib.RelayRecord[] memory out) {
        out = new RelayLib.RelayRecord[](encoded.length);
        for (uint256 i = 0; i < encoded.length; ++i) {
            out[i] = RelayLib.decode(encoded[i]);
        }
    }

    function weight(uint64 computeUnitsPerRelay, uint32 calls) public pure returns (uint64) {
        RelayLib.RelayRecord memory r;
        r.calls = calls;
        return RelayLib.weight(r, computeUnitsPerRelay);
    }

    /// @notice weight of each (cus[i], calls[i]); ok[i] is false where it reverts.
    function weightBatch(uint64[] calldata cus, uint32[] calldata calls)
        external
        view
        returns (bool[] memory ok, uint64[] memory out)
    {
        if (cus.length != calls.length) revert LengthMismatch();
        ok = new bool[](cus.length);
        out = new uint64[](cus.length);
        for (uint256 i = 0; i < cus.length; ++i) {
            try this.weight(cus[i], calls[i]) returns (uint64 w) {
                (ok[i], out[i]) = (true, w);
            } catch {}
        }
    }

    /// @notice OpenZeppelin's check of a 65-byte r || s || v signature, for comparing
    /// rejections with Go: err is ECDSA.RecoverError (0 none, 1 invalid, 2 length, 3 high s).
    function tryRecover65(bytes32 digest, bytes calldata signature) external pure returns (address, uint8 err) {
        (address signer, ECDSA.RecoverError e,) = ECDSA.tryRecover(digest, signature);
        return (signer, uint8(e));
    }
}
