import { Route, Routes } from 'react-router-dom';

import { PlacementEditor } from './placements/PlacementEditor';
import { PlacementsIndex } from './placements/PlacementsIndex';

/** Placements: every slot (`placements`), a new one (`placements/new`) and one slot (`placements/:id`). */
export const PlacementsPage = () => (
  <Routes>
    <Route index element={<PlacementsIndex />} />
    <Route path="new" element={<PlacementEditor />} />
    <Route path=":id" element={<PlacementEditor />} />
  </Routes>
);
