// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

/// @title Probe
/// @notice Test-only: counts how many times each key was recorded, so that a test can tell
/// on chain how often a relayed transaction landed (exactly-once checks). Anyone may call.
contract Probe {
    /// @notice How many times key was recorded.
    mapping(bytes32 key => uint256) public count;
    /// @notice How many records there are over all keys.
    uint256 public total;

    /// @notice key was recorded by sender; count is its number of records, this one included.
    event Recorded(bytes32 indexed key, uint256 count, address indexed sender);

    /// @notice Records key once more.
    function record(bytes32 key) external {
        uint256 c;
        unchecked {
            c = ++count[key];
            ++total;
        }
        emit Recorded(key, c, msg.sender);
    }
}
