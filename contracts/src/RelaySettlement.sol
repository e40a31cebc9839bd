// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {Registry} from "./Registry.sol";
import {RelayLib} from "./RelayLib.sol";
import {SessionMath} from "./SessionMath.sol";
import {SettlementMath} from "./SettlementMath.sol";
import {SMSTVerifier} from "./SMSTVerifier.sol";

/// @title RelaySettlement
/// @notice Claims, proofs and settlement of relay work (docs/protocol.md, "Claims, proofs and
/// settlement"). For each session (application, service, start) a supplier of the session
/// claims the root of its session tree in the claim window; the proof path
/// keccak256(proofSeed ‖ sessionId), with proofSeed the hash of the proof window's first block
/// (proofOpen), is unknown until the claim window has closed. A claim must be proven when its
/// sum reaches the threshold or by a draw on (proofSeed, sessionId, supplier); anyone may
/// submit the proof in (proofOpen, proofClose). From proofClose anyone may settle a claim once:
/// a claim that needed a proof and has none slashes the supplier, any other pays it
/// min(sum x tokensPerComputeUnit x (2^256 - 1) / target, budget) from the application's stake.
/// Every rule uses the registry's state at the session start (parameters, suppliers, stake,
/// delegations, the service's compute units and difficulty target).
/// The registry must name this contract its settlement (Registry.setSettlement).
contract RelaySettlement {
    /// @notice Where a claim stands.
    enum ClaimStatus {
        None,
        Claimed,
        Proven,
        Settled,
        Slashed
    }

    /// @notice A supplier's claim on a session: its session tree's root digest, the number of
    /// suppliers in the session (for the budget) and its status.
    struct Claim {
        bytes32 rootHash;
        uint64 rootSum;
        uint64 rootCount;
        uint32 suppliers;
        ClaimStatus status;
    }

    /// @dev The windows of a session after it ends; claims in [claimOpen, claimClose), proofs in
    /// (proofOpen, proofClose), settlement from proofClose.
    struct Windows {
        uint64 claimOpen;
        uint64 claimClose;
        uint64 proofOpen;
        uint64 proofClose;
    }

    // ---------------------------------------------------------------------------------------
    // Errors

    /// @notice A claim for `sessionStart` lands at `height`, outside [claimOpen, claimClose).
    error OutsideClaimWindow(uint64 sessionStart, uint64 height, uint64 claimOpen, uint64 claimClose);
    /// @notice `height` is not a session start; its session starts at `sessionStart`.
    error NotSessionStart(uint64 height, uint64 sessionStart);
    /// @notice `supplier` is not among the suppliers of session `sessionId`.
    error NotSessionSupplier(bytes32 sessionId, address supplier);
    /// @notice A claim needs a positive sum and count.
    error EmptyClaim(uint64 rootSum, uint64 rootCount);
    /// @notice `supplier` already claimed session `sessionId`.
    error AlreadyClaimed(bytes32 sessionId, address supplier);
    /// @notice `supplier` has no claim on session `sessionId`.
    error NoClaim(bytes32 sessionId, address supplier);
    /// @notice The claim of `supplier` on `sessionId` is `status`: it takes no proof or
    /// settlement any more.
    error ClaimClosed(bytes32 sessionId, address supplier, ClaimStatus status);
    /// @notice A proof for `sessionStart` lands at `height`; accepted are proofOpen < height <
    /// proofClose.
    error OutsideProofWindow(uint64 sessionStart, uint64 height, uint64 proofOpen, uint64 proofClose);
    /// @notice The hash of block `proofOpen` (the proof seed) is not known at `height`: the
    /// block is not yet sealed, or it is beyond BLOCKHASH's reach and was never recorded.
    error ProofSeedUnavailable(uint64 proofOpen, uint64 height);
    /// @notice The relay record belongs to another session or supplier than the claim.
    error WrongSession(address application, bytes32 service, uint64 sessionStart, address supplier);
    /// @notice The proof's leaf path is `leafPath`, but the relay's key hashes to `expected`.
    error LeafPathMismatch(bytes32 leafPath, bytes32 expected);
    /// @notice The proof's leaf value hash is `leafValueHash`, but the record hashes to `expected`.
    error ValueMismatch(bytes32 leafValueHash, bytes32 expected);
    /// @notice The proof's leaf weight is `leafWeight`, but the relay weighs `expected`.
    error WeightMismatch(uint64 leafWeight, uint64 expected);
    /// @notice The request signature of relay `relayKey` is malformed (no signer recovers).
    error UnsignedRelay(bytes32 relayKey);
    /// @notice `requester` signed the request, but it is neither `application` nor a gateway the
    /// application delegated to at `sessionStart`.
    error RequesterNotAuthorized(address requester, address application, uint64 sessionStart);
    /// @notice The response signature recovers to `recovered` (zero if malformed), not `supplier`.
    error BadSupplierSignature(address recovered, address supplier);
    /// @notice Relay `relayKey` is above the service's difficulty target `target`: not mined.
    error RelayNotMined(bytes32 relayKey, uint256 target);
    /// @notice Settlement of `sessionStart` opens at `proofClose`; it is `height`.
    error SettlementTooEarly(uint64 sessionStart, uint64 height, uint64 proofClose);

    // ---------------------------------------------------------------------------------------
    // Events

    event Claimed(
        bytes32 indexed sessionId,
        address indexed supplier,
        address application,
        bytes32 service,
        uint64 sessionStart,
        bytes32 rootHash,
        uint64 rootSum,
        uint64 rootCount
    );
    /// @notice A proof of the claim landed; `relayKey` is the proven relay.
    event ProofAccepted(bytes32 indexed sessionId, address indexed supplier, bytes32 relayKey);
    /// @notice The claim was settled: it was worth `reward`, the application's stake paid `paid`.
    event Settled(bytes32 indexed sessionId, address indexed supplier, uint256 reward, uint256 paid);
    /// @notice A required proof never landed: `amount` of the supplier's stake was burnt.
    event Slashed(bytes32 indexed sessionId, address indexed supplier, uint256 amount);
    /// @notice The hash of block `height` was stored as a proof seed.
    event ProofSeedRecorded(uint64 indexed height, bytes32 seed);

    // ---------------------------------------------------------------------------------------
    // State

    /// @notice The registry whose sessions are settled here.
    Registry public immutable registry;

    mapping(bytes32 sessionId => mapping(address supplier => Claim)) private _claims;
    mapping(uint64 height => bytes32) private _proofSeeds;

    /// @param registry_ the registry; its owner then calls registry_.setSettlement(this).
    constructor(Registry registry_) {
        registry = registry_;
    }

    // ---------------------------------------------------------------------------------------
    // Claims, proofs, settlement

    /// @notice Claims the session (`app`, `service`, `sessionStart`) for the caller, one of its
    /// suppliers, with the root digest of its session tree. Only in the claim window, once
    /// per supplier and session; records the session seed in the registry.
    function claim(
        address app,
        bytes32 service,
        uint64 sessionStart,
        bytes32 rootHash,
        uint64 rootSum,
        uint64 rootCount
    ) external {
        if (rootSum == 0 || rootCount == 0) revert EmptyClaim(rootSum, rootCount);
        (Registry.Params memory p,) = registry.paramsAt(sessionStart);
        Windows memory w = _windows(sessionStart, p);
        uint64 height = uint64(block.number);
        if (height < w.claimOpen || height >= w.claimClose) {
            revert OutsideClaimWindow(sessionStart, height, w.claimOpen, w.claimClose);
        }
        Registry.SessionInfo memory s = registry.getSession(app, service, sessionStart);
        if (s.startHeight != sessionStart) revert NotSessionStart(sessionStart, s.startHeight);
        if (!_contains(s.suppliers, msg.sender)) revert NotSessionSupplier(s.sessionId, msg.sender);
        Claim storage c = _claims[s.sessionId][msg.sender];
        if (c.status != ClaimStatus.None) revert AlreadyClaimed(s.sessionId, msg.sender);
        c.rootHash = rootHash;
        c.rootSum = rootSum;
        c.rootCount = rootCount;
        c.suppliers = uint32(s.suppliers.length);
        c.status = ClaimStatus.Claimed;
        registry.recordSessionSeed(sessionStart);
        emit Claimed(s.sessionId, msg.sender, app, service, sessionStart, rootHash, rootSum, rootCount);
    }

    /// @notice Proves `supplier`'s claim on the session with one relay: its record (the session
    /// tree's value) and the closest proof of the proof path. Anyone may submit it, in
    /// (proofOpen, proofClose). The record must belong to the claim's session and supplier,
    /// the proof's leaf must be the record (path keccak256(relay key), value hash
    /// keccak256(record), weight computeUnitsPerRelay x calls), the request must be signed by
    /// the application or a gateway it delegated to, the response by the supplier, the relay
    /// must be mined, and the proof must be the closest proof of the proof path in the
    /// claimed tree (SMSTVerifier).
    function submitProof(
        address app,
        bytes32 service,
        uint64 sessionStart,
        address supplier,
        bytes calldata relayRecord,
        SMSTVerifier.ClosestProof calldata proof
    ) external {
        (Registry.Params memory p,) = registry.paramsAt(sessionStart);
        Windows memory w = _windows(sessionStart, p);
        uint64 height = uint64(block.number);
        if (height <= w.proofOpen || height >= w.proofClose) {
            revert OutsideProofWindow(sessionStart, height, w.proofOpen, w.proofClose);
        }
        bytes32 sessionId = _sessionId(app, service, sessionStart);
        Claim storage c = _openClaim(sessionId, supplier);
        if (c.status == ClaimStatus.Proven) revert ClaimClosed(sessionId, supplier, ClaimStatus.Proven);
        bytes32 seed = _recordProofSeed(w.proofOpen);
        bytes32 relayKey = _checkRelay(app, service, sessionStart, supplier, relayRecord, proof);
        SMSTVerifier.verifyClosest(
            c.rootHash, c.rootSum, c.rootCount, SettlementMath.proofPath(seed, sessionId), proof
        );
        c.status = ClaimStatus.Proven;
        emit ProofAccepted(sessionId, supplier, relayKey);
    }

    /// @notice Settles `supplier`'s claim on the session, once, from proofClose on; anyone may
    /// call it. A claim that needed a proof (see proofRequirement; also when the proof seed
    /// was never recorded and is beyond BLOCKHASH's reach) and has none slashes the supplier
    /// by SettlementMath.slashAmount of the reward it would have been paid. Any other claim
    /// pays the supplier SettlementMath.reward from the application's stake (at most what the
    /// stake holds).
    function settle(address app, bytes32 service, uint64 sessionStart, address supplier) external {
        (Registry.Params memory p,) = registry.paramsAt(sessionStart);
        Windows memory w = _windows(sessionStart, p);
        uint64 height = uint64(block.number);
        if (height < w.proofClose) revert SettlementTooEarly(sessionStart, height, w.proofClose);
        bytes32 sessionId = _sessionId(app, service, sessionStart);
        Claim storage c = _openClaim(sessionId, supplier);
        uint256 reward = _reward(app, service, sessionStart, c, p);
        bool required = false;
        if (c.status != ClaimStatus.Proven) {
            bytes32 seed = _recordProofSeed(w.proofOpen);
            required = seed == 0
                || SettlementMath.proofRequired(
                    c.rootSum, p.proofRequirementThreshold, p.proofProbabilityPpm, seed, sessionId, supplier
                );
        }
        if (required) {
            c.status = ClaimStatus.Slashed;
            uint256 amount = SettlementMath.slashAmount(reward, p.proofProbabilityPpm, type(uint256).max);
            emit Slashed(sessionId, supplier, registry.slashSupplier(supplier, amount));
            return;
        }
        c.status = ClaimStatus.Settled;
        uint256 paid = reward == 0 ? 0 : registry.paySupplier(app, supplier, reward);
        emit Settled(sessionId, supplier, reward, paid);
    }

    /// @notice Stores the proof seed of the session starting at `sessionStart` (the hash of its
    /// proofOpen block), so that settlement can still draw the proof requirement after
    /// BLOCKHASH forgets it, and returns it. Anyone may call it; proofs and settlement do.
    function recordProofSeed(uint64 sessionStart) external returns (bytes32 seed) {
        (Registry.Params memory p,) = registry.paramsAt(sessionStart);
        uint64 proofOpen = _windows(sessionStart, p).proofOpen;
        seed = _recordProofSeed(proofOpen);
        if (seed == 0) revert ProofSeedUnavailable(proofOpen, uint64(block.number));
    }

    // ---------------------------------------------------------------------------------------
    // Views

    /// @notice Whether `supplier`'s claim on the session must be proven, and the path to prove
    /// (SettlementMath.proofRequired and proofPath). Reverts NoClaim without a claim and
    /// ProofSeedUnavailable before block proofOpen + 1; once the seed is beyond BLOCKHASH's
    /// reach and was never recorded, returns (true, 0) as settlement would.
    function proofRequirement(address app, bytes32 service, uint64 sessionStart, address supplier)
        external
        view
        returns (bool required, bytes32 path)
    {
        (Registry.Params memory p,) = registry.paramsAt(sessionStart);
        uint64 proofOpen = _windows(sessionStart, p).proofOpen;
        bytes32 sessionId = _sessionId(app, service, sessionStart);
        Claim storage c = _claims[sessionId][supplier];
        if (c.status == ClaimStatus.None) revert NoClaim(sessionId, supplier);
        bytes32 seed = _proofSeed(proofOpen);
        if (seed == 0) {
            if (block.number <= proofOpen) revert ProofSeedUnavailable(proofOpen, uint64(block.number));
            return (true, bytes32(0));
        }
        path = SettlementMath.proofPath(seed, sessionId);
        required = SettlementMath.proofRequired(
            c.rootSum, p.proofRequirementThreshold, p.proofProbabilityPpm, seed, sessionId, supplier
        );
    }

    /// @notice `supplier`'s claim on session `sessionId` (status None if there is none).
    function claimOf(bytes32 sessionId, address supplier) external view returns (Claim memory) {
        return _claims[sessionId][supplier];
    }

    /// @notice The recorded proof seed of block `height`, zero if none was recorded.
    function recordedProofSeed(uint64 height) external view returns (bytes32) {
        return _proofSeeds[height];
    }

    // ---------------------------------------------------------------------------------------
    // Internals

    function _windows(uint64 start, Registry.Params memory p) private pure returns (Windows memory w) {
        w.claimOpen = start + p.blocksPerSession + p.gracePeriodBlocks;
        w.claimClose = w.claimOpen + p.claimWindowBlocks;
        w.proofOpen = w.claimClose;
        w.proofClose = w.proofOpen + p.proofWindowBlocks;
    }

    /// @dev The session id of a claimed session: its seed is recorded in the registry.
    function _sessionId(address app, bytes32 service, uint64 sessionStart) private view returns (bytes32) {
        return SessionMath.sessionId(app, service, sessionStart, registry.sessionSeed(sessionStart));
    }

    /// @dev The claim, which must be Claimed or Proven.
    function _openClaim(bytes32 sessionId, address supplier) private view returns (Claim storage c) {
        c = _claims[sessionId][supplier];
        ClaimStatus status = c.status;
        if (status == ClaimStatus.None) revert NoClaim(sessionId, supplier);
        if (status != ClaimStatus.Claimed && status != ClaimStatus.Proven) {
            revert ClaimClosed(sessionId, supplier, status);
        }
    }

    /// @dev The hash of block `height`: recorded, else BLOCKHASH's (zero if unknown).
    function _proofSeed(uint64 height) private view returns (bytes32) {
        bytes32 seed = _proofSeeds[height];
        if (seed != 0 || block.number <= height) return seed;
        return blockhash(height);
    }

    /// @dev _proofSeed, stored the first time it is seen.
    function _recordProofSeed(uint64 height) private returns (bytes32 seed) {
        seed = _proofSeed(height);
        if (seed != 0 && _proofSeeds[height] == 0) {
            _proofSeeds[height] = seed;
            emit ProofSeedRecorded(height, seed);
        }
    }

    /// @dev Checks the relay against the claim and the proof's leaf; returns the relay key.
    function _checkRelay(
        address app,
        bytes32 service,
        uint64 sessionStart,
        address supplier,
        bytes calldata relayRecord,
        SMSTVerifier.ClosestProof calldata proof
    ) private view returns (bytes32 key) {
        RelayLib.RelayRecord memory r = RelayLib.decode(relayRecord);
        if (r.application != app || r.service != service || r.sessionStart != sessionStart || r.supplier != supplier)
        {
            revert WrongSession(r.application, r.service, r.sessionStart, r.supplier);
        }
        bytes32 separator = RelayLib.domainSeparator(block.chainid, address(registry));
        key = RelayLib.requestDigest(separator, r);
        bytes32 path = keccak256(abi.encodePacked(key));
        if (proof.leafPath != path) revert LeafPathMismatch(proof.leafPath, path);
        bytes32 valueHash = keccak256(relayRecord);
        if (proof.leafValueHash != valueHash) revert ValueMismatch(proof.leafValueHash, valueHash);
        (Registry.ServiceConfig memory cfg,) = registry.serviceAt(service, sessionStart);
        uint64 weight = RelayLib.weight(r, cfg.computeUnitsPerRelay);
        if (proof.leafWeight != weight) revert WeightMismatch(proof.leafWeight, weight);
        _checkSigners(separator, key, r);
        if (!SettlementMath.isMined(key, cfg.difficultyTarget)) revert RelayNotMined(key, cfg.difficultyTarget);
    }

    /// @dev The request is signed by the application or a gateway it delegated to at the
    /// session start, the response by the supplier.
    function _checkSigners(bytes32 separator, bytes32 key, RelayLib.RelayRecord memory r) private view {
        (address requester, ECDSA.RecoverError err,) = ECDSA.tryRecover(key, r.requestR, r.requestVS);
        if (err != ECDSA.RecoverError.NoError) revert UnsignedRelay(key);
        if (requester != r.application && !registry.isDelegatedAt(r.application, requester, r.sessionStart)) {
            revert RequesterNotAuthorized(requester, r.application, r.sessionStart);
        }
        bytes32 responseDigest = RelayLib.responseDigest(separator, key, r.responseHash);
        (address responder,,) = ECDSA.tryRecover(responseDigest, r.responseR, r.responseVS);
        if (responder != r.supplier) revert BadSupplierSignature(responder, r.supplier);
    }

    /// @dev What the claim is worth: SettlementMath.reward under the session's budget.
    function _reward(address app, bytes32 service, uint64 sessionStart, Claim storage c, Registry.Params memory p)
        private
        view
        returns (uint256)
    {
        (Registry.ServiceConfig memory cfg,) = registry.serviceAt(service, sessionStart);
        uint256 budget = SessionMath.relayBudget(
            registry.applicationStakeAt(app, sessionStart),
            c.suppliers,
            p.blocksPerSession,
            p.gracePeriodBlocks,
            p.claimWindowBlocks,
            p.proofWindowBlocks
        );
        return SettlementMath.reward(c.rootSum, p.tokensPerComputeUnit, cfg.difficultyTarget, budget);
    }

    function _contains(address[] memory list, address a) private pure returns (bool) {
        for (uint256 i = 0; i < list.length; ++i) {
            if (list[i] == a) return true;
        }
        return false;
    }
}
