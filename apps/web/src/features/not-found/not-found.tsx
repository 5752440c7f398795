import { WhatExists } from './what-exists';

export function NotFound() {
  return (
    <div className="page">
      <WhatExists missing={{}} />
    </div>
  );
}
