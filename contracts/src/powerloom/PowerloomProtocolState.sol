// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {EnumerableSet} from "@openzeppelin/contracts/utils/structs/EnumerableSet.sol";
import {PowerloomDataMarket} from "./PowerloomDataMarket.sol";

/// @title PowerloomProtocolState
/// @notice A protocol-state contract with the functions, events and revert codes that
/// Powerloom's sequencers and its transaction relayer (relayer-py) use: sequencers submit
/// snapshot batches per epoch and end an epoch's submissions, and update the daily
/// submission counts and rewards of snapshotter slots. Calldata built from Powerloom's
/// protocol-state ABI works unchanged. Every data market is a PowerloomDataMarket created
/// here; its state lives here, keyed by its address. Reverts carry Powerloom's error codes
/// as reason strings ("E25"); the codes that mean "already done" are E25, E39, E43, E47 and
/// E48. See docs/protocol.md, "Powerloom-compatible protocol state".
contract PowerloomProtocolState is Ownable2Step {
    using EnumerableSet for EnumerableSet.AddressSet;

    // ---------------------------------------------------------------------------------------
    // Types and storage

    /// @notice A data market's configuration, as Powerloom's `dataMarkets(address)` returns it.
    struct DataMarketInfo {
        address ownerAddress;
        uint8 epochSize;
        uint256 sourceChainId;
        uint256 sourceChainBlockTime;
        bool useBlockNumberAsEpochId;
        bool enabled;
        address dataMarketAddress;
        uint256 createdAt;
    }

    /// @notice Batch submissions of one epoch.
    struct EpochState {
        uint64 batchCount;
        uint64 projectCount;
        bool batchSubmissionsCompleted;
    }

    /// @notice One submitted batch; number is its 1-based position in its epoch (0: none).
    struct Batch {
        bytes32 finalizedCidsRootHash;
        uint64 number;
        uint64 projectCount;
    }

    /// @notice Rewards of one day: eligible nodes, and how many of them are still unrewarded.
    struct RewardDay {
        uint128 eligibleNodes;
        uint128 slotsRemainingToBeRewarded;
    }

    /// @notice A slot's submission count on one day, and whether it was rewarded for it.
    struct SlotDay {
        uint128 submissions;
        bool rewardsDistributed;
    }

    /// @dev What updateRewards' slot loop needs; a memory struct spares the stack.
    struct RewardRound {
        address dataMarket;
        uint256 day;
        uint256 quota;
        uint256 reward;
        RewardDay today;
    }

    /// @notice The state of one data market.
    struct Market {
        uint256 dailySnapshotQuota;
        uint256 rewardPoolSize;
        EnumerableSet.AddressSet[3] roles;
        mapping(uint256 epochId => EpochState) epochs;
        mapping(uint256 epochId => mapping(bytes32 batchCidHash => Batch)) batches;
        mapping(uint256 day => RewardDay) rewardDays;
        mapping(uint256 day => mapping(uint256 slotId => SlotDay)) slotDays;
        mapping(uint256 slotId => uint256) slotRewardPoints;
    }

    /// Roles of updateAddresses, in the order of Powerloom's `PowerloomDataMarket.Role`.
    uint8 internal constant ROLE_VALIDATOR = 0;
    uint8 internal constant ROLE_SEQUENCER = 1;
    uint8 internal constant ROLE_ADMIN = 2;

    /// The daily snapshot quota of a new data market (Powerloom's default).
    uint256 internal constant DEFAULT_DAILY_SNAPSHOT_QUOTA = 1000;

    /// @notice Configuration of every data market created here, by address.
    mapping(address dataMarket => DataMarketInfo) public dataMarkets;

    mapping(address dataMarket => Market) internal _markets;

    // ---------------------------------------------------------------------------------------
    // Events (the signatures of Powerloom's protocol-state ABI)

    event DataMarketCreated(
        address indexed ownerAddress,
        uint8 epochSize,
        uint256 sourceChainId,
        uint256 sourceChainBlockTime,
        bool useBlockNumberAsEpochId,
        address protocolState,
        address dataMarketAddress
    );
    event ValidatorsUpdated(address indexed dataMarketAddress, address validatorAddress, bool allowed);
    event SequencersUpdated(address indexed dataMarketAddress, address sequencerAddress, bool allowed);
    event AdminsUpdated(address indexed dataMarketAddress, address adminAddress, bool allowed);
    event SnapshotBatchSubmitted(
        address indexed dataMarketAddress, string batchCid, uint256 indexed epochId, uint256 timestamp
    );
    event BatchSubmissionsCompleted(address indexed dataMarketAddress, uint256 indexed epochId, uint256 timestamp);
    /// @notice A slot met the daily snapshot quota; rewardPoints is what it was credited for
    /// the day (0 while the day's eligible nodes are unknown). This contract keeps no
    /// slot-to-snapshotter map: snapshotterAddress is always zero.
    event DailyTaskCompletedEvent(
        address indexed dataMarketAddress,
        address snapshotterAddress,
        uint256 slotId,
        uint256 dayId,
        uint256 rewardPoints,
        uint256 timestamp
    );

    constructor(address initialOwner) Ownable(initialOwner) {}

    // ---------------------------------------------------------------------------------------
    // Data markets and their roles

    /// @notice Creates a data market owned by ownerAddress. Reverts E45 on a zero owner,
    /// epoch size or block time, E10 when epoch ids are block numbers but epochSize is not 1.
    function createDataMarket(
        address ownerAddress,
        uint8 epochSize,
        uint256 sourceChainId,
        uint256 sourceChainBlockTime,
        bool useBlockNumberAsEpochId
    ) external onlyOwner returns (address) {
        require(ownerAddress != address(0) && epochSize != 0 && sourceChainBlockTime != 0, "E45");
        require(!useBlockNumberAsEpochId || epochSize == 1, "E10");
        address dm = address(
            new PowerloomDataMarket(ownerAddress, epochSize, sourceChainId, sourceChainBlockTime, useBlockNumberAsEpochId)
        );
        dataMarkets[dm] = DataMarketInfo({
            ownerAddress: ownerAddress,
            epochSize: epochSize,
            sourceChainId: sourceChainId,
            sourceChainBlockTime: sourceChainBlockTime,
            useBlockNumberAsEpochId: useBlockNumberAsEpochId,
            enabled: true,
            dataMarketAddress: dm,
            createdAt: block.timestamp
        });
        _markets[dm].dailySnapshotQuota = DEFAULT_DAILY_SNAPSHOT_QUOTA;
        emit DataMarketCreated(
            ownerAddress, epochSize, sourceChainId, sourceChainBlockTime, useBlockNumberAsEpochId, address(this), dm
        );
        return dm;
    }

    /// @notice Adds (status true) or removes addresses to or from a role of a data market:
    /// 0 validator, 1 sequencer, 2 admin. Only sequencers may submit batches, end epochs and
    /// update rewards. Caller: the market's owner (E03). Reverts E02 on an unknown market,
    /// E18 on another role, E19 when the arrays' lengths differ.
    function updateAddresses(
        PowerloomDataMarket dataMarket,
        uint8 role,
        address[] calldata _addresses,
        bool[] calldata _status
    ) external {
        EnumerableSet.AddressSet[3] storage roles = _ownedMarket(dataMarket).roles;
        require(role <= ROLE_ADMIN, "E18");
        require(_addresses.length == _status.length, "E19");
        EnumerableSet.AddressSet storage set = roles[role];
        for (uint256 i = 0; i < _addresses.length; ++i) {
            address a = _addresses[i];
            bool allowed = _status[i];
            if (!(allowed ? set.add(a) : set.remove(a))) continue;
            if (role == ROLE_SEQUENCER) {
                emit SequencersUpdated(address(dataMarket), a, allowed);
            } else if (role == ROLE_VALIDATOR) {
                emit ValidatorsUpdated(address(dataMarket), a, allowed);
            } else {
                emit AdminsUpdated(address(dataMarket), a, allowed);
            }
        }
    }

    /// @notice Sets the submissions a slot needs in a day to earn rewards. Caller: the
    /// market's owner (E03). Reverts E45 on zero.
    function updateDailySnapshotQuota(PowerloomDataMarket dataMarket, uint256 _dailySnapshotQuota) external {
        Market storage m = _ownedMarket(dataMarket);
        require(_dailySnapshotQuota != 0, "E45");
        m.dailySnapshotQuota = _dailySnapshotQuota;
    }

    /// @notice Sets the reward points shared by a day's eligible nodes. Caller: the market's
    /// owner (E03).
    function updateRewardPoolSize(PowerloomDataMarket dataMarket, uint256 newRewardPoolSize) external {
        _ownedMarket(dataMarket).rewardPoolSize = newRewardPoolSize;
    }

    // ---------------------------------------------------------------------------------------
    // Sequencer calls (relayed by Powerloom's relayer)

    /// @notice Records a batch of finalized snapshots of epochId, once per batch CID and
    /// epoch. The projects' snapshot CIDs are not stored (each would cost a storage slot):
    /// the transaction's calldata holds them. Caller: a sequencer of the market (E04).
    /// Reverts E02 on an unknown market, E23 when projectIds and snapshotCids differ in
    /// length, E24 when they are empty, E43 when the epoch's batch submissions have ended,
    /// and E25 when this batch CID was already submitted for the epoch.
    function submitSubmissionBatch(
        PowerloomDataMarket dataMarket,
        string calldata batchCid,
        uint256 epochId,
        string[] calldata projectIds,
        string[] calldata snapshotCids,
        bytes32 finalizedCidsRootHash
    ) external {
        Market storage m = _sequencerMarket(dataMarket);
        uint256 n = projectIds.length;
        require(n == snapshotCids.length, "E23");
        require(n != 0, "E24");
        EpochState memory e = m.epochs[epochId];
        require(!e.batchSubmissionsCompleted, "E43");
        Batch storage b = m.batches[epochId][keccak256(bytes(batchCid))];
        require(b.number == 0, "E25");
        e.batchCount += 1;
        e.projectCount += uint64(n);
        m.epochs[epochId] = e;
        b.finalizedCidsRootHash = finalizedCidsRootHash;
        b.number = e.batchCount;
        b.projectCount = uint64(n);
        emit SnapshotBatchSubmitted(address(dataMarket), batchCid, epochId, block.timestamp);
    }

    /// @notice Ends the batch submissions of epochId: no batch of it is accepted afterwards.
    /// Caller: a sequencer of the market (E04). Reverts E02 on an unknown market, E39 when the
    /// epoch's submissions have already ended.
    function endBatchSubmissions(PowerloomDataMarket dataMarket, uint256 epochId) external {
        Market storage m = _sequencerMarket(dataMarket);
        EpochState storage e = m.epochs[epochId];
        require(!e.batchSubmissionsCompleted, "E39");
        e.batchSubmissionsCompleted = true;
        emit BatchSubmissionsCompleted(address(dataMarket), epochId, block.timestamp);
    }

    /// @notice Records the day's submission counts of slotIds; a slot that meets the daily
    /// snapshot quota is credited rewardPoolSize / eligibleNodes reward points once the day's
    /// eligible nodes are known, at most once per day. The first call of a day with a
    /// non-zero eligibleNodes fixes the day's eligible nodes (later values are ignored).
    /// Caller: a sequencer of the market (E04). Reverts E02 on an unknown market, E19 when
    /// the arrays' lengths differ, E47 when eligibleNodes is non-zero and every eligible node
    /// of the day has been rewarded, E48 when a slot has already been rewarded for the day,
    /// E45 when more slots qualify than the day has eligible nodes or a count exceeds 128 bits.
    function updateRewards(
        PowerloomDataMarket dataMarket,
        uint256[] calldata slotIds,
        uint256[] calldata submissionsList,
        uint256 day,
        uint256 eligibleNodes
    ) external {
        Market storage m = _sequencerMarket(dataMarket);
        require(slotIds.length == submissionsList.length, "E19");
        RewardDay memory d = m.rewardDays[day];
        if (eligibleNodes != 0) {
            if (d.eligibleNodes == 0) {
                require(eligibleNodes <= type(uint128).max, "E45");
                d.eligibleNodes = uint128(eligibleNodes);
                d.slotsRemainingToBeRewarded = uint128(eligibleNodes);
            } else if (d.slotsRemainingToBeRewarded == 0) {
                revert("E47");
            }
        }
        RewardRound memory r = RewardRound({
            dataMarket: address(dataMarket),
            day: day,
            quota: m.dailySnapshotQuota,
            reward: d.eligibleNodes == 0 ? 0 : m.rewardPoolSize / d.eligibleNodes,
            today: d
        });
        for (uint256 i = 0; i < slotIds.length; ++i) {
            _updateSlot(m, r, slotIds[i], submissionsList[i]);
        }
        m.rewardDays[day] = r.today;
    }

    // ---------------------------------------------------------------------------------------
    // Views

    /// @notice Whether dataMarket was created here (and so accepts calls).
    function dataMarketEnabled(address dataMarketAddress) external view returns (bool) {
        return dataMarkets[dataMarketAddress].enabled;
    }

    /// @notice The market's sequencers, in no particular order.
    function getSequencers(PowerloomDataMarket dataMarket) external view returns (address[] memory) {
        return _markets[address(dataMarket)].roles[ROLE_SEQUENCER].values();
    }

    /// @notice The market's validators, in no particular order.
    function getValidators(PowerloomDataMarket dataMarket) external view returns (address[] memory) {
        return _markets[address(dataMarket)].roles[ROLE_VALIDATOR].values();
    }

    function dailySnapshotQuota(PowerloomDataMarket dataMarket) external view returns (uint256) {
        return _markets[address(dataMarket)].dailySnapshotQuota;
    }

    function rewardPoolSize(PowerloomDataMarket dataMarket) external view returns (uint256) {
        return _markets[address(dataMarket)].rewardPoolSize;
    }

    /// @notice The batches and projects submitted for epochId, and whether its submissions ended.
    function epochSubmissions(PowerloomDataMarket dataMarket, uint256 epochId)
        external
        view
        returns (uint256 batchCount, uint256 projectCount, bool batchSubmissionsCompleted)
    {
        EpochState memory e = _markets[address(dataMarket)].epochs[epochId];
        return (e.batchCount, e.projectCount, e.batchSubmissionsCompleted);
    }

    /// @notice A submitted batch of epochId: its 1-based position among the epoch's batches
    /// (0: not submitted), its number of projects and its finalized-CIDs root hash.
    function batchSubmission(PowerloomDataMarket dataMarket, uint256 epochId, string calldata batchCid)
        external
        view
        returns (uint256 number, uint256 projectCount, bytes32 finalizedCidsRootHash)
    {
        Batch memory b = _markets[address(dataMarket)].batches[epochId][keccak256(bytes(batchCid))];
        return (b.number, b.projectCount, b.finalizedCidsRootHash);
    }

    /// @notice The submission count recorded for slotId on dayId.
    function slotSubmissionCount(PowerloomDataMarket dataMarket, uint256 slotId, uint256 dayId)
        external
        view
        returns (uint256)
    {
        return _markets[address(dataMarket)].slotDays[dayId][slotId].submissions;
    }

    /// @notice Whether slotId met the daily snapshot quota on day.
    function checkSlotTaskStatusForDay(PowerloomDataMarket dataMarket, uint256 slotId, uint256 day)
        external
        view
        returns (bool)
    {
        Market storage m = _markets[address(dataMarket)];
        return m.slotDays[day][slotId].submissions >= m.dailySnapshotQuota;
    }

    /// @notice Whether slotId has been credited its reward for day.
    function slotRewardsDistributedStatus(PowerloomDataMarket dataMarket, uint256 day, uint256 slotId)
        external
        view
        returns (bool)
    {
        return _markets[address(dataMarket)].slotDays[day][slotId].rewardsDistributed;
    }

    /// @notice The reward points credited to slotId over all days.
    function slotRewardPoints(PowerloomDataMarket dataMarket, uint256 slotId) external view returns (uint256) {
        return _markets[address(dataMarket)].slotRewardPoints[slotId];
    }

    /// @notice The day's eligible nodes (0: not yet known) and how many are still unrewarded.
    function rewardDay(PowerloomDataMarket dataMarket, uint256 day)
        external
        view
        returns (uint256 eligibleNodes, uint256 slotsRemainingToBeRewarded)
    {
        RewardDay memory d = _markets[address(dataMarket)].rewardDays[day];
        return (d.eligibleNodes, d.slotsRemainingToBeRewarded);
    }

    // ---------------------------------------------------------------------------------------
    // Internal

    /// @dev Records one slot's submissions of r.day and credits its reward (updateRewards).
    function _updateSlot(Market storage m, RewardRound memory r, uint256 slotId, uint256 submissions) private {
        SlotDay storage s = m.slotDays[r.day][slotId];
        require(!s.rewardsDistributed, "E48");
        require(submissions <= type(uint128).max, "E45");
        bool completed = submissions >= r.quota;
        bool rewarded = completed && r.today.eligibleNodes != 0;
        if (rewarded) {
            require(r.today.slotsRemainingToBeRewarded != 0, "E45");
            --r.today.slotsRemainingToBeRewarded;
            m.slotRewardPoints[slotId] += r.reward;
        }
        s.submissions = uint128(submissions);
        s.rewardsDistributed = rewarded;
        if (completed) {
            emit DailyTaskCompletedEvent(r.dataMarket, address(0), slotId, r.day, rewarded ? r.reward : 0, block.timestamp);
        }
    }

    /// @dev The state of a market created here whose sequencer set holds the caller.
    function _sequencerMarket(PowerloomDataMarket dataMarket) private view returns (Market storage m) {
        require(dataMarkets[address(dataMarket)].enabled, "E02");
        m = _markets[address(dataMarket)];
        require(m.roles[ROLE_SEQUENCER].contains(msg.sender), "E04");
    }

    /// @dev The state of a market created here and owned by the caller.
    function _ownedMarket(PowerloomDataMarket dataMarket) private view returns (Market storage) {
        DataMarketInfo storage info = dataMarkets[address(dataMarket)];
        require(info.enabled, "E02");
        require(info.ownerAddress == msg.sender, "E03");
        return _markets[address(dataMarket)];
    }
}
