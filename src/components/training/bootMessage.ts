/** The message that tells a boot worker (workerBoot.ts) where the training code is. */
export const BOOT_MESSAGE = 'unrolled-boot';
