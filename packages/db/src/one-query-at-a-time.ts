import type { SqlDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";

/**
 * A transaction is one connection, and a connection runs one query at a time. Prisma's query
 * interpreter still loads an operation's relations side by side (`include` of two relations, say),
 * which inside a transaction hands the connection a second query while the first runs: pg queues
 * it and warns ("client.query() when the client is already executing a query"), and pg 9 refuses
 * it. Here each transaction's queries wait their turn instead, in the order they were asked.
 */
export function oneQueryAtATimeInTransactions<Factory extends SqlDriverAdapterFactory>(factory: Factory): Factory {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => inTurn(await startTransaction(isolationLevel));
    return adapter;
  };
  return factory;
}

function inTurn(transaction: Transaction): Transaction {
  let previous: Promise<unknown> = Promise.resolve();
  const afterPrevious = <Result>(run: () => Promise<Result>) => {
    const result = previous.then(run);
    previous = result.catch(() => undefined);
    return result;
  };
  const queryRaw = transaction.queryRaw.bind(transaction);
  const executeRaw = transaction.executeRaw.bind(transaction);
  transaction.queryRaw = (query: SqlQuery) => afterPrevious(() => queryRaw(query));
  transaction.executeRaw = (query: SqlQuery) => afterPrevious(() => executeRaw(query));
  return transaction;
}
