/** Type tests for the `pets` golden client (see test/generator/typecheck.test.ts). */
import { createClient } from "../golden/pets/client.gen.js";

const pets = createClient();

export async function accepted(): Promise<unknown[]> {
  return Promise.all([
    pets.listPets2({ "X-Request-Id": "r" }),
    pets.listPets2({ "X-Request-Id": "r", limit: 5 }),
    // A body field with a default may be left out; the whole body is optional.
    pets.patchPetsByPetId({ "pet-id": "rex" }),
    pets.patchPetsByPetId({ "pet-id": "rex", name: null, notify: true }),
    pets.listPets({ body: [{ id: 1, name: "rex" }] }),
    pets.import_(),
    pets.date({ "pet-id": "rex" }).then((photo: Blob) => photo.size),
  ]);
}

export async function rejected(): Promise<void> {
  // @ts-expect-error a required header parameter
  await pets.listPets2({});
  // @ts-expect-error limit is an integer
  await pets.listPets2({ "X-Request-Id": "r", limit: "5" });
  // @ts-expect-error an array body goes under `body`
  await pets.listPets([{ id: 1, name: "rex" }]);
}
