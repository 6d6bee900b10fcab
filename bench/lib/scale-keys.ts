/**
 * The signal field key of the national-scale data set: a fixed, public, benchmark-only key, so the
 * seed (which encrypts the open signals) and the production server the benchmark starts agree.
 * Never a real key: the scale data set is synthetic.
 */
export const SCALE_KEY_ID = "scale1";
export const SCALE_SIGNAL_KEYS = JSON.stringify({
  [SCALE_KEY_ID]: Buffer.from("samenkracht-scale-bench-key-0001", "utf8").toString("base64"),
});
