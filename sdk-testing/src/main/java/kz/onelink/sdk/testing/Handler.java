package kz.onelink.sdk.testing;

/** Serves one kind of operation (see {@link OperationKind}); throws {@link ApiError} to refuse. */
interface Handler {
  Reply handle(Call call);
}
