// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {Checkpoints} from "@openzeppelin/contracts/utils/structs/Checkpoints.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {SessionMath} from "./SessionMath.sol";

/// @title Registry
/// @notice Services, applications, gateways, suppliers and governance parameters of the
/// relaynode protocol, with their checkpointed history, and session computation. Every change
/// made in block h takes effect at the next session boundary next(h); any past session can be
/// evaluated exactly. It is the EIP-712 verifying contract for relays (name "relaynode",
/// version "1"). See docs/protocol.md.
contract Registry is Ownable2Step, EIP712 {
    using SafeERC20 for IERC20;
    using Checkpoints for Checkpoints.Trace208;

    // ---------------------------------------------------------------------------------------
    // Types

    /// @notice Governance parameters; see docs/protocol.md for meaning and validity.
    struct Params {
        uint64 blocksPerSession;
        uint64 gracePeriodBlocks;
        uint64 claimWindowBlocks;
        uint64 proofWindowBlocks;
        uint32 suppliersPerSession;
        uint64 unbondingBlocks;
        uint32 proofProbabilityPpm;
        uint256 proofRequirementThreshold;
        uint256 tokensPerComputeUnit;
        uint256 minApplicationStake;
        uint256 minGatewayStake;
        uint256 minSupplierStake;
    }

    /// @notice A service's settings at a height.
    struct ServiceConfig {
        uint64 computeUnitsPerRelay;
        uint256 difficultyTarget;
    }

    /// @notice Where a supplier serves a service. The URL is routing data, not session state.
    struct ServiceEndpoint {
        bytes32 service;
        string url;
    }

    /// @notice A session: [startHeight, endHeight) and its suppliers in selection order.
    struct SessionInfo {
        address application;
        bytes32 service;
        uint64 startHeight;
        uint64 endHeight;
        bytes32 sessionId;
        bytes32 seed;
        address[] suppliers;
    }

    /// @notice Current (pending-inclusive) state of an application. `stake` is the amount the
    /// registry holds for it (also while unbonding); `unbondingEnd` is 0 unless unbonding.
    struct ApplicationInfo {
        uint256 stake;
        uint64 unbondingEnd;
        bytes32[] services;
        address[] gateways;
    }

    /// @notice Current (pending-inclusive) state of a gateway.
    struct GatewayInfo {
        uint256 stake;
        uint64 unbondingEnd;
    }

    /// @notice Current (pending-inclusive) state of a supplier.
    struct SupplierInfo {
        uint256 stake;
        uint64 unbondingEnd;
        ServiceEndpoint[] endpoints;
    }

    /// @notice The kinds of staked actor, as named in errors and events.
    enum Role {
        Application,
        Gateway,
        Supplier
    }

    struct ParamsRecord {
        Params params;
        uint64 epochStart;
    }

    struct ServiceRecord {
        address owner;
        Checkpoints.Trace208 index; // history index + 1; 0 = not registered
        ServiceConfig[] history;
    }

    struct Slots {
        Checkpoints.Trace208 length;
        mapping(uint256 slot => Checkpoints.Trace208) occupant; // uint160(address)
        mapping(address supplier => uint256) position; // current slot + 1; 0 = absent
    }

    struct Stake {
        uint256 amount;
        uint64 unbondingEnd;
        Checkpoints.Trace208 history;
    }

    // ---------------------------------------------------------------------------------------
    // Limits

    uint256 private constant MAX_SUPPLIERS_PER_SESSION = 32;
    uint256 private constant MAX_SESSION_AND_WINDOWS = 240;
    uint256 private constant MAX_APP_SERVICES = 8;
    uint256 private constant MAX_GATEWAYS = 8;
    uint256 private constant MAX_SUPPLIER_SERVICES = 16;
    uint256 private constant MAX_URL_BYTES = 256;
    uint256 private constant PPM = 1_000_000;
    address private constant BURN = 0x000000000000000000000000000000000000dEaD;

    // ---------------------------------------------------------------------------------------
    // Errors

    /// @notice A parameter is out of range: `field` was `got`, accepted is [min, max].
    error InvalidParams(string field, uint256 got, uint256 min, uint256 max);
    /// @notice `id` is not 1-32 bytes of [a-z0-9._-], left-aligned and zero-padded.
    error InvalidServiceId(bytes32 id);
    /// @notice `id` is already registered by `owner`.
    error ServiceAlreadyExists(bytes32 id, address owner);
    /// @notice `id` was never registered.
    error UnknownService(bytes32 id);
    /// @notice Only `owner` may update `id`; `caller` is not it.
    error NotServiceOwner(bytes32 id, address owner, address caller);
    /// @notice computeUnitsPerRelay must be at least 1.
    error InvalidComputeUnitsPerRelay(uint64 got);
    /// @notice difficultyTarget must be at least 1.
    error InvalidDifficultyTarget(uint256 got);
    /// @notice The stake after adding (`got`) is below the minimum of the latest parameters.
    error BelowMinimumStake(uint256 required, uint256 got);
    /// @notice `got` services given; accepted are [min, max].
    error InvalidServiceCount(uint256 got, uint256 min, uint256 max);
    /// @notice `id` appears more than once.
    error DuplicateService(bytes32 id);
    /// @notice The URL for `service` is `got` bytes long; accepted are [min, max].
    error InvalidUrlLength(bytes32 service, uint256 got, uint256 min, uint256 max);
    /// @notice `actor` has no stake in `role`.
    error NotStaked(Role role, address actor);
    /// @notice `actor` is unbonding in `role` until `unbondingEnd` and cannot change.
    error ActorUnbonding(Role role, address actor, uint64 unbondingEnd);
    /// @notice `actor` has not unstaked in `role`.
    error NotUnbonding(Role role, address actor);
    /// @notice `actor` may withdraw in `role` from `unbondingEnd`; it is now `height`.
    error StillUnbonding(Role role, address actor, uint64 unbondingEnd, uint64 height);
    /// @notice `application` already delegates to `gateway`.
    error AlreadyDelegated(address application, address gateway);
    /// @notice `application` does not delegate to `gateway`.
    error NotDelegated(address application, address gateway);
    /// @notice `application` already delegates to `max` gateways.
    error TooManyGateways(address application, uint256 max);
    /// @notice `service` is not registered at session start `height`.
    error ServiceNotActive(bytes32 service, uint64 height);
    /// @notice `application` has no stake at session start `height`.
    error ApplicationNotActive(address application, uint64 height);
    /// @notice `application` is not staked for `service` at session start `height`.
    error ApplicationNotStakedForService(address application, bytes32 service, uint64 height);
    /// @notice The session starting at `sessionStart` has no seed yet (current block `height`).
    error SessionInFuture(uint64 sessionStart, uint64 height);
    /// @notice The seed of `sessionStart` was not recorded and is beyond BLOCKHASH's reach.
    error SeedUnavailable(uint64 sessionStart, uint64 height);
    /// @notice `height` is not a session start; its session starts at `sessionStart`.
    error NotSessionStart(uint64 height, uint64 sessionStart);
    /// @notice The settlement contract is already `settlement`; it is set once.
    error SettlementAlreadySet(address settlement);
    /// @notice The settlement contract cannot be the zero address.
    error InvalidSettlement(address settlement);
    /// @notice Only the settlement contract may move stake; `caller` is not it.
    error NotSettlement(address caller);

    // ---------------------------------------------------------------------------------------
    // Events (effectiveHeight: the height from which the change applies)

    event ParamsSet(uint64 effectiveHeight, Params params);
    event ServiceAdded(
        bytes32 indexed service,
        address indexed owner,
        uint64 computeUnitsPerRelay,
        uint256 difficultyTarget,
        uint64 effectiveHeight
    );
    event ServiceUpdated(
        bytes32 indexed service, uint64 computeUnitsPerRelay, uint256 difficultyTarget, uint64 effectiveHeight
    );
    event ApplicationStaked(address indexed application, uint256 stake, bytes32[] services, uint64 effectiveHeight);
    event GatewayStaked(address indexed gateway, uint256 stake, uint64 effectiveHeight);
    /// @notice Stake and services change from effectiveHeight; the endpoint URLs at once.
    event SupplierStaked(
        address indexed supplier, uint256 stake, ServiceEndpoint[] endpoints, uint64 effectiveHeight
    );
    event Unstaked(Role indexed role, address indexed actor, uint64 effectiveHeight, uint64 unbondingEnd);
    /// @notice The tokens are returned at once; the cleared state applies from effectiveHeight.
    event Withdrawn(Role indexed role, address indexed actor, uint256 amount, uint64 effectiveHeight);
    event GatewayDelegated(address indexed application, address indexed gateway, uint64 effectiveHeight);
    event GatewayUndelegated(address indexed application, address indexed gateway, uint64 effectiveHeight);
    event SessionSeedRecorded(uint64 indexed sessionStart, bytes32 seed);
    event SettlementSet(address settlement);
    /// @notice Settlement paid `supplier` `amount` from `application`'s stake; the stake history
    /// changes from effectiveHeight (unless the application is unbonding).
    event ApplicationCharged(
        address indexed application, address indexed supplier, uint256 amount, uint64 effectiveHeight
    );
    /// @notice Settlement burnt `amount` of `supplier`'s stake; the stake history changes from
    /// effectiveHeight (unless the supplier is unbonding).
    event SupplierSlashed(address indexed supplier, uint256 amount, uint64 effectiveHeight);

    // ---------------------------------------------------------------------------------------
    // State

    /// @notice The stake token.
    IERC20 public immutable token;
    /// @notice The settlement contract (RelaySettlement), the only caller of paySupplier and
    /// slashSupplier; zero until the owner sets it (once).
    address public settlement;

    ParamsRecord[] private _params;
    Checkpoints.Trace208 private _paramsIndex; // index into _params
    mapping(bytes32 id => ServiceRecord) private _services;
    mapping(bytes32 id => Slots) private _slots;
    mapping(address => Stake) private _appStake;
    mapping(address => Stake) private _gatewayStake;
    mapping(address => Stake) private _supplierStake;
    mapping(address => bytes32[]) private _appServices;
    mapping(address => mapping(bytes32 => Checkpoints.Trace208)) private _appHasService;
    mapping(address => address[]) private _appGateways;
    mapping(address => mapping(address => Checkpoints.Trace208)) private _delegation;
    mapping(address => ServiceEndpoint[]) private _endpoints;
    mapping(uint64 start => bytes32) private _seeds;

    /// @param stakeToken the ERC-20 staked by every actor.
    /// @param params parameters in force from height 0.
    /// @param initialOwner governance (Ownable2Step).
    constructor(IERC20 stakeToken, Params memory params, address initialOwner)
        Ownable(initialOwner)
        EIP712("relaynode", "1")
    {
        _validateParams(params);
        token = stakeToken;
        _params.push(ParamsRecord(params, 0));
        _paramsIndex.push(0, 0);
        emit ParamsSet(0, params);
    }

    // ---------------------------------------------------------------------------------------
    // Governance

    /// @notice Sets the parameters in force from next(block.number). Only the owner.
    function setParams(Params calldata params) external onlyOwner {
        _validateParams(params);
        uint48 key = _nextKey();
        (, uint48 lastKey, uint208 lastIndex) = _paramsIndex.latestCheckpoint();
        if (lastKey == key) {
            _params[lastIndex].params = params;
        } else {
            _params.push(ParamsRecord(params, key));
            _paramsIndex.push(key, uint208(_params.length - 1));
        }
        emit ParamsSet(key, params);
    }

    /// @notice Binds the settlement contract. Only the owner, once.
    function setSettlement(address settlement_) external onlyOwner {
        if (settlement != address(0)) revert SettlementAlreadySet(settlement);
        if (settlement_ == address(0)) revert InvalidSettlement(settlement_);
        settlement = settlement_;
        emit SettlementSet(settlement_);
    }

    // ---------------------------------------------------------------------------------------
    // Settlement

    /// @notice Pays supplier `sup` up to `amount` tokens from `app`'s stake and returns what it
    /// paid: min(amount, the stake the registry holds for the application, also while
    /// unbonding). The lower stake applies to sessions from next(block.number). Only the
    /// settlement contract.
    function paySupplier(address app, address sup, uint256 amount) external returns (uint256 paid) {
        if (msg.sender != settlement) revert NotSettlement(msg.sender);
        uint48 key;
        (paid, key) = _deduct(_appStake[app], amount);
        if (paid == 0) return 0;
        emit ApplicationCharged(app, sup, paid, key);
        token.safeTransfer(sup, paid);
    }

    /// @notice Burns up to `amount` tokens of supplier `sup`'s stake (sends them to 0x…dEaD) and
    /// returns what it burnt: min(amount, the supplier's stake). The lower stake applies from
    /// next(block.number); an active supplier left below the latest minimum supplier stake
    /// starts unbonding as if it had called unstakeSupplier. Only the settlement contract.
    function slashSupplier(address sup, uint256 amount) external returns (uint256 slashed) {
        if (msg.sender != settlement) revert NotSettlement(msg.sender);
        Stake storage s = _supplierStake[sup];
        uint48 key;
        (slashed, key) = _deduct(s, amount);
        if (slashed == 0) return 0;
        emit SupplierSlashed(sup, slashed, key);
        if (s.unbondingEnd == 0 && s.amount < _latestParams().minSupplierStake) _unstakeSupplier(sup);
        token.safeTransfer(BURN, slashed);
    }

    // ---------------------------------------------------------------------------------------
    // Services

    /// @notice Registers service `id`, owned by the caller, from next(block.number).
    function addService(bytes32 id, uint64 computeUnitsPerRelay, uint256 difficultyTarget) external {
        if (!SessionMath.isValidServiceId(id)) revert InvalidServiceId(id);
        ServiceRecord storage r = _services[id];
        if (r.owner != address(0)) revert ServiceAlreadyExists(id, r.owner);
        _checkServiceConfig(computeUnitsPerRelay, difficultyTarget);
        uint48 key = _nextKey();
        r.owner = msg.sender;
        r.history.push(ServiceConfig(computeUnitsPerRelay, difficultyTarget));
        r.index.push(key, 1);
        emit ServiceAdded(id, msg.sender, computeUnitsPerRelay, difficultyTarget, key);
    }

    /// @notice Changes service `id` from next(block.number). Only its owner.
    function updateService(bytes32 id, uint64 computeUnitsPerRelay, uint256 difficultyTarget) external {
        ServiceRecord storage r = _services[id];
        if (r.owner == address(0)) revert UnknownService(id);
        if (r.owner != msg.sender) revert NotServiceOwner(id, r.owner, msg.sender);
        _checkServiceConfig(computeUnitsPerRelay, difficultyTarget);
        uint48 key = _nextKey();
        ServiceConfig memory cfg = ServiceConfig(computeUnitsPerRelay, difficultyTarget);
        (, uint48 lastKey, uint208 lastIndex) = r.index.latestCheckpoint();
        if (lastKey == key) {
            r.history[lastIndex - 1] = cfg;
        } else {
            r.history.push(cfg);
            r.index.push(key, uint208(r.history.length));
        }
        emit ServiceUpdated(id, computeUnitsPerRelay, difficultyTarget, key);
    }

    // ---------------------------------------------------------------------------------------
    // Applications

    /// @notice Adds `add` tokens to the caller's application stake and replaces its services
    /// (1-8 distinct registered ids), from next(block.number).
    function stakeApplication(uint256 add, bytes32[] calldata services) external {
        (uint256 total, uint48 key) =
            _addStake(_appStake[msg.sender], Role.Application, add, _latestParams().minApplicationStake);
        uint256 n = services.length;
        if (n == 0 || n > MAX_APP_SERVICES) revert InvalidServiceCount(n, 1, MAX_APP_SERVICES);
        for (uint256 i = 0; i < n; ++i) {
            _checkListedService(services[i]);
            for (uint256 j = 0; j < i; ++j) {
                if (services[j] == services[i]) revert DuplicateService(services[i]);
            }
        }
        mapping(bytes32 => Checkpoints.Trace208) storage has = _appHasService[msg.sender];
        bytes32[] storage current = _appServices[msg.sender];
        for (uint256 i = 0; i < current.length; ++i) {
            bytes32 id = current[i];
            bool kept = false;
            for (uint256 j = 0; j < n && !kept; ++j) {
                kept = services[j] == id;
            }
            if (!kept) _set(has[id], key, 0);
        }
        for (uint256 i = 0; i < n; ++i) {
            _set(has[services[i]], key, 1);
        }
        _appServices[msg.sender] = services;
        emit ApplicationStaked(msg.sender, total, services, key);
        _pull(add);
    }

    /// @notice Lets `gw` sign relays for the caller from next(block.number). `gw` must be
    /// staked; at most 8 gateways.
    function delegateToGateway(address gw) external {
        Stake storage app = _appStake[msg.sender];
        _requireActive(app, Role.Application, msg.sender);
        _requireActive(_gatewayStake[gw], Role.Gateway, gw);
        address[] storage list = _appGateways[msg.sender];
        uint256 n = list.length;
        for (uint256 i = 0; i < n; ++i) {
            if (list[i] == gw) revert AlreadyDelegated(msg.sender, gw);
        }
        if (n >= MAX_GATEWAYS) revert TooManyGateways(msg.sender, MAX_GATEWAYS);
        list.push(gw);
        uint48 key = _nextKey();
        _set(_delegation[msg.sender][gw], key, 1);
        emit GatewayDelegated(msg.sender, gw, key);
    }

    /// @notice Ends the caller's delegation to `gw` from next(block.number).
    function undelegateFromGateway(address gw) external {
        address[] storage list = _appGateways[msg.sender];
        uint256 n = list.length;
        uint256 i = 0;
        while (i < n && list[i] != gw) ++i;
        if (i == n) revert NotDelegated(msg.sender, gw);
        list[i] = list[n - 1];
        list.pop();
        uint48 key = _nextKey();
        _set(_delegation[msg.sender][gw], key, 0);
        emit GatewayUndelegated(msg.sender, gw, key);
    }

    /// @notice Starts unbonding the caller's whole application stake.
    function unstakeApplication() external {
        Stake storage s = _appStake[msg.sender];
        _requireActive(s, Role.Application, msg.sender);
        _unstake(s, Role.Application, msg.sender);
    }

    /// @notice Returns the caller's application stake once unbonded and clears the application.
    function withdrawApplication() external {
        (uint256 amount, uint48 key) = _withdraw(_appStake[msg.sender], Role.Application);
        bytes32[] storage services = _appServices[msg.sender];
        for (uint256 i = 0; i < services.length; ++i) {
            _set(_appHasService[msg.sender][services[i]], key, 0);
        }
        delete _appServices[msg.sender];
        address[] storage gws = _appGateways[msg.sender];
        for (uint256 i = 0; i < gws.length; ++i) {
            _set(_delegation[msg.sender][gws[i]], key, 0);
        }
        delete _appGateways[msg.sender];
        emit Withdrawn(Role.Application, msg.sender, amount, key);
        token.safeTransfer(msg.sender, amount);
    }

    // ---------------------------------------------------------------------------------------
    // Gateways

    /// @notice Adds `add` tokens to the caller's gateway stake from next(block.number).
    function stakeGateway(uint256 add) external {
        (uint256 total, uint48 key) =
            _addStake(_gatewayStake[msg.sender], Role.Gateway, add, _latestParams().minGatewayStake);
        emit GatewayStaked(msg.sender, total, key);
        _pull(add);
    }

    /// @notice Starts unbonding the caller's whole gateway stake.
    function unstakeGateway() external {
        Stake storage s = _gatewayStake[msg.sender];
        _requireActive(s, Role.Gateway, msg.sender);
        _unstake(s, Role.Gateway, msg.sender);
    }

    /// @notice Returns the caller's gateway stake once unbonded.
    function withdrawGateway() external {
        (uint256 amount, uint48 key) = _withdraw(_gatewayStake[msg.sender], Role.Gateway);
        emit Withdrawn(Role.Gateway, msg.sender, amount, key);
        token.safeTransfer(msg.sender, amount);
    }

    // ---------------------------------------------------------------------------------------
    // Suppliers

    /// @notice Adds `add` tokens to the caller's supplier stake and replaces its endpoints (1-16
    /// distinct registered services, URLs of 1-256 bytes). Stake and services change from
    /// next(block.number); URLs at once.
    function stakeSupplier(uint256 add, ServiceEndpoint[] calldata endpoints) external {
        (uint256 total, uint48 key) =
            _addStake(_supplierStake[msg.sender], Role.Supplier, add, _latestParams().minSupplierStake);
        uint256 n = endpoints.length;
        if (n == 0 || n > MAX_SUPPLIER_SERVICES) revert InvalidServiceCount(n, 1, MAX_SUPPLIER_SERVICES);
        for (uint256 i = 0; i < n; ++i) {
            bytes32 id = endpoints[i].service;
            _checkListedService(id);
            for (uint256 j = 0; j < i; ++j) {
                if (endpoints[j].service == id) revert DuplicateService(id);
            }
            uint256 urlLength = bytes(endpoints[i].url).length;
            if (urlLength == 0 || urlLength > MAX_URL_BYTES) {
                revert InvalidUrlLength(id, urlLength, 1, MAX_URL_BYTES);
            }
        }
        ServiceEndpoint[] storage current = _endpoints[msg.sender];
        for (uint256 i = 0; i < current.length; ++i) {
            bytes32 id = current[i].service;
            bool kept = false;
            for (uint256 j = 0; j < n; ++j) {
                if (endpoints[j].service == id) {
                    kept = true;
                    break;
                }
            }
            if (!kept) _leaveSlot(id, msg.sender, key);
        }
        delete _endpoints[msg.sender];
        for (uint256 i = 0; i < n; ++i) {
            bytes32 id = endpoints[i].service;
            if (_slots[id].position[msg.sender] == 0) _joinSlot(id, msg.sender, key);
            ServiceEndpoint storage e = current.push();
            e.service = id;
            e.url = endpoints[i].url;
        }
        emit SupplierStaked(msg.sender, total, endpoints, key);
        _pull(add);
    }

    /// @notice Starts unbonding the caller's whole supplier stake; it leaves every service's
    /// supplier list from next(block.number).
    function unstakeSupplier() external {
        _requireActive(_supplierStake[msg.sender], Role.Supplier, msg.sender);
        _unstakeSupplier(msg.sender);
    }

    /// @notice Returns the caller's supplier stake once unbonded and clears the supplier.
    function withdrawSupplier() external {
        (uint256 amount, uint48 key) = _withdraw(_supplierStake[msg.sender], Role.Supplier);
        delete _endpoints[msg.sender];
        emit Withdrawn(Role.Supplier, msg.sender, amount, key);
        token.safeTransfer(msg.sender, amount);
    }

    // ---------------------------------------------------------------------------------------
    // Sessions

    /// @notice Stores the seed of the session starting at `start` so that it outlives
    /// BLOCKHASH's 256-block horizon, and returns it. Anyone may call it; claims do.
    function recordSessionSeed(uint64 start) external returns (bytes32 seed) {
        uint64 s = sessionStart(start);
        if (s != start) revert NotSessionStart(start, s);
        seed = sessionSeed(start);
        if (start != 0 && _seeds[start] == 0) {
            _seeds[start] = seed;
            emit SessionSeedRecorded(start, seed);
        }
    }

    /// @notice The seed of the session starting at `start`: 0 for start 0, else the recorded
    /// seed or blockhash(start - 1).
    function sessionSeed(uint64 start) public view returns (bytes32) {
        if (start == 0) return bytes32(0);
        bytes32 stored = _seeds[start];
        if (stored != 0) return stored;
        uint64 height = uint64(block.number);
        if (start > height) revert SessionInFuture(start, height);
        bytes32 hash = blockhash(start - 1);
        if (hash == 0) revert SeedUnavailable(start, height);
        return hash;
    }

    /// @notice Start of the session containing `height`.
    function sessionStart(uint64 height) public view returns (uint64) {
        ParamsRecord storage r = _paramsRecordAt(height);
        return SessionMath.sessionStart(height, r.epochStart, r.params.blocksPerSession);
    }

    /// @notice The session of (`application`, `service`) containing `height`. Reads only the
    /// picked supplier slots.
    function getSession(address app, bytes32 service, uint64 height)
        external
        view
        returns (SessionInfo memory session)
    {
        ParamsRecord storage r = _paramsRecordAt(height);
        uint64 n = r.params.blocksPerSession;
        uint64 s = SessionMath.sessionStart(height, r.epochStart, n);
        uint48 k = _key(s);
        if (_services[service].index.upperLookupRecent(k) == 0) revert ServiceNotActive(service, s);
        if (_appStake[app].history.upperLookupRecent(k) == 0) revert ApplicationNotActive(app, s);
        if (_appHasService[app][service].upperLookupRecent(k) == 0) {
            revert ApplicationNotStakedForService(app, service, s);
        }
        bytes32 seed = sessionSeed(s);
        bytes32 id = SessionMath.sessionId(app, service, s, seed);
        Slots storage slots = _slots[service];
        uint256[] memory picked =
            SessionMath.selectIndices(id, slots.length.upperLookupRecent(k), r.params.suppliersPerSession);
        address[] memory suppliers = new address[](picked.length);
        for (uint256 i = 0; i < picked.length; ++i) {
            suppliers[i] = address(uint160(slots.occupant[picked[i]].upperLookupRecent(k)));
        }
        session = SessionInfo(app, service, s, s + n, id, seed, suppliers);
    }

    /// @notice The suppliers staked for `service` at height `start`, in slot order.
    function sessionCandidates(bytes32 service, uint64 start) external view returns (address[] memory out) {
        Slots storage slots = _slots[service];
        uint48 k = _key(start);
        out = new address[](slots.length.upperLookupRecent(k));
        for (uint256 i = 0; i < out.length; ++i) {
            out[i] = address(uint160(slots.occupant[i].upperLookupRecent(k)));
        }
    }

    // ---------------------------------------------------------------------------------------
    // Views

    /// @notice The parameters in force at `height` and the start of their epoch.
    function paramsAt(uint64 height) external view returns (Params memory params, uint64 epochStart) {
        ParamsRecord storage r = _paramsRecordAt(height);
        return (r.params, r.epochStart);
    }

    /// @notice The newest parameters, pending ones included.
    function latestParams() external view returns (Params memory) {
        return _latestParams();
    }

    /// @notice Service `id` at `height`, and whether it is registered then.
    function serviceAt(bytes32 id, uint64 height) external view returns (ServiceConfig memory config, bool exists) {
        ServiceRecord storage r = _services[id];
        uint256 index = r.index.upperLookupRecent(_key(height));
        if (index == 0) return (config, false);
        return (r.history[index - 1], true);
    }

    /// @notice The owner of service `id` (zero if not registered).
    function serviceOwner(bytes32 id) external view returns (address) {
        return _services[id].owner;
    }

    function applicationStakeAt(address app, uint64 height) external view returns (uint256) {
        return _appStake[app].history.upperLookupRecent(_key(height));
    }

    function gatewayStakeAt(address gw, uint64 height) public view returns (uint256) {
        return _gatewayStake[gw].history.upperLookupRecent(_key(height));
    }

    function supplierStakeAt(address sup, uint64 height) external view returns (uint256) {
        return _supplierStake[sup].history.upperLookupRecent(_key(height));
    }

    function applicationHasServiceAt(address app, bytes32 service, uint64 height) external view returns (bool) {
        return _appHasService[app][service].upperLookupRecent(_key(height)) != 0;
    }

    /// @notice Whether `app`'s delegation to `gw` is in force at `height`: the flag is set and
    /// the gateway's stake is non-zero then.
    function isDelegatedAt(address app, address gw, uint64 height) external view returns (bool) {
        return _delegation[app][gw].upperLookupRecent(_key(height)) != 0 && gatewayStakeAt(gw, height) != 0;
    }

    function application(address a) external view returns (ApplicationInfo memory) {
        Stake storage s = _appStake[a];
        return ApplicationInfo(s.amount, s.unbondingEnd, _appServices[a], _appGateways[a]);
    }

    function gateway(address a) external view returns (GatewayInfo memory) {
        Stake storage s = _gatewayStake[a];
        return GatewayInfo(s.amount, s.unbondingEnd);
    }

    function supplier(address a) external view returns (SupplierInfo memory) {
        Stake storage s = _supplierStake[a];
        return SupplierInfo(s.amount, s.unbondingEnd, _endpoints[a]);
    }

    /// @notice The EIP-712 domain separator for relays.
    // solhint-disable-next-line func-name-mixedcase
    function DOMAIN_SEPARATOR() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    // ---------------------------------------------------------------------------------------
    // Internals

    function _validateParams(Params memory p) private pure {
        uint256 max64 = type(uint64).max;
        if (p.blocksPerSession == 0) revert InvalidParams("blocksPerSession", 0, 1, max64);
        if (p.claimWindowBlocks == 0) revert InvalidParams("claimWindowBlocks", 0, 1, max64);
        if (p.proofWindowBlocks == 0) revert InvalidParams("proofWindowBlocks", 0, 1, max64);
        if (p.suppliersPerSession == 0 || p.suppliersPerSession > MAX_SUPPLIERS_PER_SESSION) {
            revert InvalidParams("suppliersPerSession", p.suppliersPerSession, 1, MAX_SUPPLIERS_PER_SESSION);
        }
        uint256 total =
            uint256(p.blocksPerSession) + p.gracePeriodBlocks + p.claimWindowBlocks + p.proofWindowBlocks;
        if (total > MAX_SESSION_AND_WINDOWS) {
            revert InvalidParams("sessionAndWindowBlocks", total, 3, MAX_SESSION_AND_WINDOWS);
        }
        if (p.unbondingBlocks < total) revert InvalidParams("unbondingBlocks", p.unbondingBlocks, total, max64);
        if (p.proofProbabilityPpm > PPM) revert InvalidParams("proofProbabilityPpm", p.proofProbabilityPpm, 0, PPM);
        uint256 max256 = type(uint256).max;
        if (p.tokensPerComputeUnit == 0) revert InvalidParams("tokensPerComputeUnit", 0, 1, max256);
        if (p.minApplicationStake == 0) revert InvalidParams("minApplicationStake", 0, 1, max256);
        if (p.minGatewayStake == 0) revert InvalidParams("minGatewayStake", 0, 1, max256);
        if (p.minSupplierStake == 0) revert InvalidParams("minSupplierStake", 0, 1, max256);
    }

    function _checkServiceConfig(uint64 computeUnitsPerRelay, uint256 difficultyTarget) private pure {
        if (computeUnitsPerRelay == 0) revert InvalidComputeUnitsPerRelay(0);
        if (difficultyTarget == 0) revert InvalidDifficultyTarget(0);
    }

    function _checkListedService(bytes32 id) private view {
        if (_services[id].owner == address(0)) revert UnknownService(id);
    }

    function _paramsRecordAt(uint64 height) private view returns (ParamsRecord storage) {
        return _params[_paramsIndex.upperLookupRecent(_key(height))];
    }

    function _latestParams() private view returns (Params storage) {
        return _params[_params.length - 1].params;
    }

    /// @dev next(block.number) as a checkpoint key.
    function _nextKey() private view returns (uint48) {
        uint64 height = SafeCast.toUint64(block.number);
        ParamsRecord storage r = _paramsRecordAt(height);
        uint64 n = r.params.blocksPerSession;
        return SafeCast.toUint48(SessionMath.sessionStart(height, r.epochStart, n) + n);
    }

    /// @dev Checkpoint key of a height; heights beyond uint48 read the newest checkpoint.
    function _key(uint64 height) private pure returns (uint48) {
        return height > type(uint48).max ? type(uint48).max : uint48(height);
    }

    /// @dev Sets `value` from `key` (>= every existing key), skipping no-op checkpoints.
    function _set(Checkpoints.Trace208 storage trace, uint48 key, uint208 value) private {
        (bool exists,, uint208 last) = trace.latestCheckpoint();
        if (exists && last == value) return;
        trace.push(key, value);
    }

    function _pull(uint256 amount) private {
        if (amount != 0) token.safeTransferFrom(msg.sender, address(this), amount);
    }

    function _requireActive(Stake storage s, Role role, address actor) private view {
        if (s.amount == 0) revert NotStaked(role, actor);
        if (s.unbondingEnd != 0) revert ActorUnbonding(role, actor, s.unbondingEnd);
    }

    function _addStake(Stake storage s, Role role, uint256 add, uint256 minimum)
        private
        returns (uint256 total, uint48 key)
    {
        if (s.unbondingEnd != 0) revert ActorUnbonding(role, msg.sender, s.unbondingEnd);
        total = s.amount + add;
        if (total < minimum) revert BelowMinimumStake(minimum, total);
        s.amount = total;
        key = _nextKey();
        _set(s.history, key, SafeCast.toUint208(total));
    }

    /// @dev Starts unbonding `actor`'s stake `s` (the caller checked that it is active).
    function _unstake(Stake storage s, Role role, address actor) private returns (uint48 key) {
        key = _nextKey();
        _set(s.history, key, 0);
        uint64 end = key + _paramsRecordAt(uint64(block.number)).params.unbondingBlocks;
        s.unbondingEnd = end;
        emit Unstaked(role, actor, key, end);
    }

    /// @dev Starts unbonding supplier `who`, which leaves every service's supplier list.
    function _unstakeSupplier(address who) private {
        uint48 key = _unstake(_supplierStake[who], Role.Supplier, who);
        ServiceEndpoint[] storage current = _endpoints[who];
        for (uint256 i = 0; i < current.length; ++i) {
            _leaveSlot(current[i].service, who, key);
        }
    }

    /// @dev Takes up to `amount` from stake `s` and returns what it took; unless unbonding (its
    /// history is already 0 from its unstake), the lower stake applies from `key` = next(h).
    function _deduct(Stake storage s, uint256 amount) private returns (uint256 taken, uint48 key) {
        taken = amount < s.amount ? amount : s.amount;
        key = _nextKey();
        if (taken == 0) return (0, key);
        s.amount -= taken;
        if (s.unbondingEnd == 0) _set(s.history, key, SafeCast.toUint208(s.amount));
    }

    function _withdraw(Stake storage s, Role role) private returns (uint256 amount, uint48 key) {
        uint64 end = s.unbondingEnd;
        if (end == 0) revert NotUnbonding(role, msg.sender);
        if (block.number < end) revert StillUnbonding(role, msg.sender, end, uint64(block.number));
        amount = s.amount;
        s.amount = 0;
        s.unbondingEnd = 0;
        key = _nextKey();
    }

    function _joinSlot(bytes32 service, address who, uint48 key) private {
        Slots storage slots = _slots[service];
        uint256 n = slots.length.latest();
        _set(slots.occupant[n], key, uint160(who));
        slots.position[who] = n + 1;
        _set(slots.length, key, uint208(n + 1));
    }

    function _leaveSlot(bytes32 service, address who, uint48 key) private {
        Slots storage slots = _slots[service];
        uint256 position = slots.position[who];
        uint256 last = slots.length.latest() - 1;
        if (position - 1 != last) {
            uint208 moved = slots.occupant[last].latest();
            _set(slots.occupant[position - 1], key, moved);
            slots.position[address(uint160(moved))] = position;
        }
        delete slots.position[who];
        _set(slots.length, key, uint208(last));
    }
}
