/**
 * RxJava 3 for the OneLink scheduling SDK: start with {@link kz.onelink.sdk.rx.RxOneLinkClient}.
 *
 * <pre>{@code
 * RxOneLinkClient rx = RxOneLinkClient.create(client, Schedulers.io());
 * Disposable d = rx.appointments().get(17, 4812)
 *     .observeOn(AndroidSchedulers.mainThread())
 *     .subscribe(appointment -> show(appointment), error -> showError(error));
 * }</pre>
 */
@NullMarked
package kz.onelink.sdk.rx;

import org.jspecify.annotations.NullMarked;
