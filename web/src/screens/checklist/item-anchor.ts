// Where each item sits on the answer sheet: the gaps panel links to an item's anchor and moves focus
// to its heading.

export const itemAnchor = (itemId: string): string => `item-${itemId}`;

export const itemHeadingId = (itemId: string): string => `${itemAnchor(itemId)}-heading`;
