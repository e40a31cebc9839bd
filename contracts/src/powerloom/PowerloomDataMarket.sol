// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

/// @title PowerloomDataMarket
/// @notice A data market of the Powerloom-compatible protocol state: its address is the
/// `dataMarket` argument of PowerloomProtocolState's functions, and only
/// PowerloomProtocolState.createDataMarket deploys one. It holds the market's configuration
/// only; the market's role sets, batch submissions and rewards live in the protocol state,
/// keyed by this address, so that a relayed call makes no inner call. The getters carry the
/// names of Powerloom's data market. See docs/protocol.md, "Powerloom-compatible protocol
/// state".
contract PowerloomDataMarket {
    /// @notice The protocol state that created this market.
    address public immutable protocolState;
    /// @notice The market's owner: it sets the market's role sets, quota and reward pool.
    address public immutable owner;
    /// @notice Source-chain blocks per epoch.
    uint8 public immutable EPOCH_SIZE;
    /// @notice Chain id of the chain the market's snapshots are about.
    uint256 public immutable SOURCE_CHAIN_ID;
    /// @notice Block time of the source chain, in seconds.
    uint256 public immutable SOURCE_CHAIN_BLOCK_TIME;
    /// @notice Whether epoch ids are source-chain block numbers.
    bool public immutable USE_BLOCK_NUMBER_AS_EPOCH_ID;

    constructor(
        address ownerAddress,
        uint8 epochSize,
        uint256 sourceChainId,
        uint256 sourceChainBlockTime,
        bool useBlockNumberAsEpochId
    ) {
        protocolState = msg.sender;
        owner = ownerAddress;
        EPOCH_SIZE = epochSize;
        SOURCE_CHAIN_ID = sourceChainId;
        SOURCE_CHAIN_BLOCK_TIME = sourceChainBlockTime;
        USE_BLOCK_NUMBER_AS_EPOCH_ID = useBlockNumberAsEpochId;
    }
}
