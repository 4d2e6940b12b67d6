package io.migsh.migration.sync;

import io.migsh.migration.model.Unlimited;

/**
 * How many bad and large items the pass may skip before the user fails (MRS checks bad items first, then large
 * items), and Exchange's cap of 500,000 items per mailbox, copied newest first.
 */
public record ItemLimits(Unlimited badItemLimit, Unlimited largeItemLimit, int maxItems) {
    public static final int EXCHANGE_MAX_ITEMS = 500_000;
}
