// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";

/// @title RelayLib
/// @notice Relays as a contract sees them (docs/protocol.md, "Relays"): the EIP-712 digests
/// both parties sign, signer recovery from the compact signatures of a relay record, the
/// record's decoding and its weight in the session tree. Go mirrors every function in
/// internal/protocol; the two are cross-checked by generated test vectors.
library RelayLib {
    /// @notice The session tree's value for a relay; abi.encode of it is 384 bytes.
    /// Signatures are EIP-2098 compact: vs = s | (v - 27) << 255.
    struct RelayRecord {
        address application;
        bytes32 service;
        uint64 sessionStart;
        address supplier;
        uint64 nonce;
        uint32 calls;
        bytes32 payloadHash;
        bytes32 requestR;
        bytes32 requestVS;
        bytes32 responseHash;
        bytes32 responseR;
        bytes32 responseVS;
    }

    /// @notice Length of an encoded RelayRecord: 12 ABI words.
    uint256 internal constant RECORD_LENGTH = 384;

    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 internal constant NAME_HASH = keccak256("relaynode");
    bytes32 internal constant VERSION_HASH = keccak256("1");
    bytes32 internal constant REQUEST_TYPEHASH = keccak256(
        "RelayRequest(address application,bytes32 service,uint64 sessionStart,address supplier,uint64 nonce,uint32 calls,bytes32 payloadHash)"
    );
    bytes32 internal constant RESPONSE_TYPEHASH = keccak256("RelayResponse(bytes32 requestDigest,bytes32 responseHash)");

    /// @notice An encoded relay record is not 384 bytes long.
    error InvalidRelayRecordLength(uint256 got, uint256 want);
    /// @notice computeUnitsPerRelay x calls does not fit the session tree's 64-bit weights.
    error WeightOverflow(uint64 computeUnitsPerRelay, uint32 calls);

    /// @notice The EIP-712 domain separator of the registry at `registry` on chain `chainId`;
    /// equal to that registry's DOMAIN_SEPARATOR().
    function domainSeparator(uint256 chainId, address registry) internal pure returns (bytes32) {
        return keccak256(abi.encode(DOMAIN_TYPEHASH, NAME_HASH, VERSION_HASH, chainId, registry));
    }

    /// @notice The EIP-712 hash of the record's RelayRequest: the relay key.
    function requestDigest(bytes32 separator, RelayRecord memory r) internal pure returns (bytes32) {
        bytes32 structHash = keccak256(
            abi.encode(
                REQUEST_TYPEHASH, r.application, r.service, r.sessionStart, r.supplier, r.nonce, r.calls, r.payloadHash
            )
        );
        return MessageHashUtils.toTypedDataHash(separator, structHash);
    }

    /// @notice The EIP-712 hash of RelayResponse(requestDigest_, responseHash).
    function responseDigest(bytes32 separator, bytes32 requestDigest_, bytes32 responseHash)
        internal
        pure
        returns (bytes32)
    {
        bytes32 structHash = keccak256(abi.encode(RESPONSE_TYPEHASH, requestDigest_, responseHash));
        return MessageHashUtils.toTypedDataHash(separator, structHash);
    }

    /// @notice The signer of the record's request (the application or a delegated gateway)
    /// and the relay key. Reverts with OpenZeppelin's ECDSA errors for an invalid or high-s
    /// signature.
    function recoverRequestSigner(bytes32 separator, RelayRecord memory r)
        internal
        pure
        returns (address signer, bytes32 digest)
    {
        digest = requestDigest(separator, r);
        signer = ECDSA.recover(digest, r.requestR, r.requestVS);
    }

    /// @notice The signer of the record's response (the supplier), given the relay key
    /// `requestDigest_` from recoverRequestSigner. Reverts like recoverRequestSigner.
    function recoverResponseSigner(bytes32 separator, bytes32 requestDigest_, RelayRecord memory r)
        internal
        pure
        returns (address)
    {
        return ECDSA.recover(responseDigest(separator, requestDigest_, r.responseHash), r.responseR, r.responseVS);
    }

    /// @notice Decodes a relay record: exactly 384 bytes, in which abi.decode rejects
    /// address and integer words with non-zero padding.
    function decode(bytes memory data) internal pure returns (RelayRecord memory) {
        if (data.length != RECORD_LENGTH) revert InvalidRelayRecordLength(data.length, RECORD_LENGTH);
        return abi.decode(data, (RelayRecord));
    }

    /// @notice The record's weight in the session tree: computeUnitsPerRelay (of the service
    /// at the session start) x calls. Reverts WeightOverflow above 2^64 - 1.
    function weight(RelayRecord memory r, uint64 computeUnitsPerRelay) internal pure returns (uint64) {
        uint256 w = uint256(computeUnitsPerRelay) * r.calls;
        if (w > type(uint64).max) revert WeightOverflow(computeUnitsPerRelay, r.calls);
        return uint64(w);
    }
}
