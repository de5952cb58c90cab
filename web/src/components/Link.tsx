// The app's links: TanStack Router's typed Link, marking a link as the current page (aria-current)
// only when it leads exactly to the page shown. The router's own default marks every link whose
// address begins the current one ("back to the ledger" on a device's page, the organisation's home
// on all its pages) as the current page. The side navigation asks for its sections itself.
import { createLink, type LinkComponent } from '@tanstack/react-router';
import type { AnchorHTMLAttributes, Ref } from 'react';

function Anchor({ ref, ...props }: AnchorHTMLAttributes<HTMLAnchorElement> & { ref?: Ref<HTMLAnchorElement> }) {
  return <a ref={ref} {...props} />;
}

const RouterLink = createLink(Anchor);

export const Link: LinkComponent<typeof Anchor> = (props) => (
  <RouterLink activeOptions={{ exact: true, includeSearch: false }} activeProps={{}} {...props} />
);
