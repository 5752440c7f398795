import {
  OperationNodeTransformer,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type PrimitiveValueListNode,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
  type ValueNode,
} from 'kysely';

const clean = (v: unknown): unknown => (typeof v === 'string' && v.includes('\u0000') ? v.replaceAll('\u0000', '\ufffd') : v);

class StripNul extends OperationNodeTransformer {
  protected override transformValue(node: ValueNode): ValueNode {
    const value = clean(node.value);
    return value === node.value ? node : { ...node, value };
  }
  protected override transformPrimitiveValueList(node: PrimitiveValueListNode): PrimitiveValueListNode {
    return node.values.some((v) => v !== clean(v)) ? { ...node, values: node.values.map(clean) } : node;
  }
}

/**
 * PostgreSQL text cannot hold U+0000 and refuses the whole statement, which would turn any NUL a client slips into a
 * reason, a title or a CSV cell into a server error. On PostgreSQL every string parameter has its NULs replaced by
 * U+FFFD, so no input can make a statement fail this way (SQLite keeps the character; it is not worth a pass over
 * every query on the default path).
 */
export class NoNulPlugin implements KyselyPlugin {
  private readonly transformer = new StripNul();
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.transformer.transformNode(args.node);
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}
