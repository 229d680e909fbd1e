import { expect, it } from "vitest";

it("exports exactly the public surface (update deliberately: every change here is an API change)", async () => {
  expect(Object.keys(await import("./index")).sort()).toMatchInlineSnapshot();
});
