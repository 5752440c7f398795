import type { Fact, FactPatch, FactsResponse } from '@chiso/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FactsParams } from '../../lib/api';
import { queryKeys } from '../../lib/queries';
import type { Session } from '../../lib/session';
import { EditorApiError, editorApi } from './api';

export type ReviewCommand =
  | { kind: 'accept'; fact: Fact }
  | { kind: 'reject'; fact: Fact; reason: string }
  | { kind: 'edit'; fact: Fact; patch: FactPatch }
  | { kind: 'bulk'; sourceId: number; minConfidence: number };

export const queueParams = (source: number | undefined): FactsParams => ({ status: 'pending', source, sort: 'confidence', limit: 500 });

/**
 * Accept, reject, edit and bulk accept. The figure leaves the queue at once; then every cached read is refreshed,
 * because one accepted figure can change the dashboard, a series, the sources list and the document view.
 */
export function useReview(session: Session, source: number | undefined) {
  const qc = useQueryClient();
  const key = queryKeys.facts(queueParams(source));
  return useMutation({
    mutationFn: async (cmd: ReviewCommand) => {
      switch (cmd.kind) {
        case 'accept':
          return { cmd, accepted: 1, fact: await editorApi.accept(session, cmd.fact.id) };
        case 'reject':
          return { cmd, accepted: 0, fact: await editorApi.reject(session, cmd.fact.id, cmd.reason) };
        case 'edit':
          return { cmd, accepted: 1, fact: await editorApi.edit(session, cmd.fact.id, cmd.patch) };
        case 'bulk': {
          const r = await editorApi.bulkAccept(session, cmd.sourceId, cmd.minConfidence);
          return { cmd, accepted: r.accepted.length, fact: null };
        }
      }
    },
    onSuccess: ({ cmd }) => {
      if (cmd.kind !== 'bulk') {
        qc.setQueryData<FactsResponse>(key, (old) =>
          old ? { ...old, facts: old.facts.filter((f) => f.id !== cmd.fact.id), total: Math.max(0, old.total - 1) } : old,
        );
      }
      void qc.invalidateQueries();
    },
    onError: (error) => {
      // Someone else changed the figure: show the queue as it is now.
      if (error instanceof EditorApiError && error.status === 409) void qc.invalidateQueries();
    },
  });
}
