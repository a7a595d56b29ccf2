import { Route, Routes } from 'react-router-dom';

import { EditorialListEditor } from './editorial/EditorialListEditor';
import { EditorialListsIndex } from './editorial/EditorialListsIndex';

/** Editorial lists: the list of lists (`editorial`), a new list (`editorial/new`) and a list (`editorial/:id`). */
export const EditorialListsPage = () => (
  <Routes>
    <Route index element={<EditorialListsIndex />} />
    <Route path="new" element={<EditorialListEditor />} />
    <Route path=":id" element={<EditorialListEditor />} />
  </Routes>
);
