import { useEffect } from 'react';

export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    if (title) document.title = `${title} · Chỉ số`;
  }, [title]);
}
