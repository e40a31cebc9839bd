// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";

/// @title RelayToken
/// @notice The ERC-20 stake token of the relaynode registry (18 decimals). The owner can mint.
contract RelayToken is ERC20, ERC20Permit, Ownable2Step {
    constructor(address initialOwner) ERC20("Relay Token", "RELAY") ERC20Permit("Relay Token") Ownable(initialOwner) {}

    /// @notice Mints `amount` base units to `to`. Only the owner.
    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }
}
